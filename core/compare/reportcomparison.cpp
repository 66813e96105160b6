#include "reportcomparison.h"
#include "model/sectiontree.h"

#include "compare/sectionaligner.h"
#include "extract/figuretext.h"
#include "util/scriptfolding.h"

#include <QHash>
#include <QSet>

namespace ReportLens {

namespace {
// The heaviest new and dropped terms in the Markdown summary.
constexpr qsizetype MarkdownTermCount = 30;

QList<ReportComparison::Part> parts(const QList<Section> &flat)
{
    QList<ReportComparison::Part> out;
    QStringList path;
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const Section &s = flat[i];
        path.resize(std::min<qsizetype>(path.size(), s.level - 1));
        path.append(s.label + s.title);
        if ((s.kind == Section::Kind::Numbered || s.kind == Section::Kind::SubHeading) && s.level <= 2)
            out.append({i, path.join(QStringLiteral(" › ")), s.end - s.start, s.start, s.end, s.level});
    }
    return out;
}

/// The deepest part holding @p position, or -1.
qsizetype partAt(const QList<ReportComparison::Part> &parts, qsizetype position)
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < parts.size(); ++i)
        if (parts[i].start <= position && position < parts[i].end && (found < 0 || parts[i].level > parts[found].level))
            found = i;
    return found;
}

/// Where the sentences of the unmatched parts went: a removed part that sends at least a quarter of
/// its matched text to each of two or more parts (new or not) was split; an added part that takes
/// a quarter from each of two or more was merged; a removed part whose text went to one added part
/// that took text from it alone was renamed. A part counts only when half of its own text (its
/// sub-parts aside) was matched: a rewritten section is new, not moved.
void regroup(ReportComparison &c, const QList<ReportComparison::Part> &leftParts,
             const QList<ReportComparison::Part> &rightParts)
{
    QHash<std::pair<qsizetype, qsizetype>, qsizetype> flow; // (left part, right part) → characters
    for (const TextDiff::Sentence &s : c.text.left) {
        if (s.counterpart < 0)
            continue;
        const qsizetype l = partAt(leftParts, s.range.start);
        const qsizetype r = partAt(rightParts, c.text.right[s.counterpart].range.start);
        if (l >= 0 && r >= 0)
            flow[{l, r}] += s.range.end - s.range.start;
    }
    const auto isIn = [](const QList<ReportComparison::Part> &list, const ReportComparison::Part &p) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&p](const ReportComparison::Part &q) { return q.flat == p.flat; });
    };
    // A sentence counts for the deepest part holding it: a part is measured by its own text, not
    // its sub-parts'.
    const auto ownChars = [](const QList<ReportComparison::Part> &parts, qsizetype index) {
        const ReportComparison::Part &p = parts[index];
        qsizetype own = p.chars;
        for (const ReportComparison::Part &q : parts)
            if (q.level == p.level + 1 && q.start >= p.start && q.end <= p.end)
                own -= q.chars;
        return own;
    };
    // Destinations of left part @p l (or sources of right part, with @p fromLeft false).
    const auto partners = [&](qsizetype index, bool fromLeft) {
        const QList<ReportComparison::Part> &own = fromLeft ? leftParts : rightParts;
        QHash<qsizetype, qsizetype> to;
        qsizetype total = 0;
        for (auto it = flow.cbegin(); it != flow.cend(); ++it)
            if ((fromLeft ? it.key().first : it.key().second) == index) {
                to[fromLeft ? it.key().second : it.key().first] += it.value();
                total += it.value();
            }
        QList<qsizetype> out;
        if (total * 2 < ownChars(own, index))
            return out;
        for (auto it = to.cbegin(); it != to.cend(); ++it)
            if (it.value() * 4 >= total)
                out.append(it.key());
        std::sort(out.begin(), out.end());
        return out;
    };
    using Kind = ReportComparison::Regrouping::Kind;
    QList<ReportComparison::Part> movedLeft, movedRight;
    for (qsizetype l = 0; l < leftParts.size(); ++l) {
        if (!isIn(c.removed, leftParts[l]))
            continue;
        const QList<qsizetype> to = partners(l, true);
        // One destination: renamed if it is new, not yet accounted for, and took its text from
        // this part alone (else it may be a merge, below).
        if (to.size() == 1
            && (!isIn(c.added, rightParts[to.first()]) || isIn(movedRight, rightParts[to.first()])
                || partners(to.first(), false) != QList<qsizetype>{l}))
            continue;
        if (to.isEmpty())
            continue;
        ReportComparison::Regrouping g{to.size() > 1 ? Kind::Split : Kind::Renamed, {leftParts[l]}, {}};
        for (qsizetype r : to)
            g.to.append(rightParts[r]);
        movedLeft.append(leftParts[l]);
        movedRight.append(g.to);
        c.regrouped.append(g);
    }
    for (qsizetype r = 0; r < rightParts.size(); ++r) {
        if (!isIn(c.added, rightParts[r]) || isIn(movedRight, rightParts[r]))
            continue;
        const QList<qsizetype> from = partners(r, false);
        if (from.size() < 2)
            continue;
        ReportComparison::Regrouping g{Kind::Merged, {}, {rightParts[r]}};
        for (qsizetype l : from)
            g.from.append(leftParts[l]);
        movedRight.append(rightParts[r]);
        movedLeft.append(g.from);
        c.regrouped.append(g);
    }
    const auto drop = [&isIn](QList<ReportComparison::Part> &list, const QList<ReportComparison::Part> &moved) {
        list.removeIf([&](const ReportComparison::Part &p) { return isIn(moved, p); });
    };
    drop(c.removed, movedLeft);
    drop(c.added, movedRight);
}

} // namespace

QStringList figureRow(const FigureChange &f)
{
    const auto text = [](const std::optional<Indicator> &i) { return i ? FigureText::withPeriod(*i) : QString(); };
    return {f.name,        metricName(f.metric), figureKindName(f.kind), text(f.left),
            text(f.right), f.difference(),       targetWord(f.target())};
}

QString regroupingWord(ReportComparison::Regrouping::Kind kind)
{
    switch (kind) {
    case ReportComparison::Regrouping::Kind::Split: return QStringLiteral("split");
    case ReportComparison::Regrouping::Kind::Merged: return QStringLiteral("merged");
    case ReportComparison::Regrouping::Kind::Renamed: return QStringLiteral("renamed");
    }
    return {};
}

QString pathList(const QList<ReportComparison::Part> &parts)
{
    QStringList paths;
    for (const ReportComparison::Part &p : parts)
        paths.append(p.path);
    return paths.join(QStringLiteral(" + "));
}

QString targetWord(FigureChange::Target target)
{
    switch (target) {
    case FigureChange::Target::Kept: return QStringLiteral("kept");
    case FigureChange::Target::Raised: return QStringLiteral("raised");
    case FigureChange::Target::Lowered: return QStringLiteral("lowered");
    case FigureChange::Target::NotATarget: break;
    }
    return {};
}

ReportComparison ReportComparison::compare(const Report &left, const Report &right,
                                           const QList<IndicatorRow> &leftFigures,
                                           const QList<IndicatorRow> &rightFigures, const IndicatorCatalog &catalog,
                                           const TermDiff::Weighting &termWeighting)
{
    ReportComparison c;
    c.leftName = displayTitle(left.meta);
    c.rightName = displayTitle(right.meta);
    // Compared in their Simplified folding (one character for one, so every offset holds), so that
    // a report reposted in Traditional characters is the same report; terms are shown as written.
    const QString a = ScriptFolding::fold(left.cleanText), b = ScriptFolding::fold(right.cleanText);
    c.text = TextDiff::compare(a, b);
    c.terms = TermDiff::compare(a, b, termWeighting);
    const auto asWritten = [](QList<TermDiff::Term> &terms, const QString &text) {
        for (TermDiff::Term &t : terms)
            t.text = text.mid(t.places.first().start, t.text.size());
    };
    asWritten(c.terms.added, right.cleanText);
    asWritten(c.terms.dropped, left.cleanText);
    // Sections: the aligner's pairs; a part without a counterpart was added or removed.
    QHash<qsizetype, qsizetype> leftToRight;
    QSet<qsizetype> alignedRight;
    for (const auto &[x, y] : SectionAligner().align(left.sections, right.sections)) {
        leftToRight.insert(x, y);
        alignedRight.insert(y);
    }
    const QList<Part> leftParts = parts(SectionTree::flatten(left.sections));
    const QList<Part> rightParts = parts(SectionTree::flatten(right.sections));
    for (const Part &p : leftParts) {
        if (!leftToRight.contains(p.flat)) {
            c.removed.append(p);
            continue;
        }
        const qsizetype other = leftToRight.value(p.flat);
        for (const Part &q : rightParts)
            if (q.flat == other && (q.chars * 5 >= p.chars * 6 || q.chars * 6 <= p.chars * 5))
                c.resized.append({p, q});
    }
    for (const Part &q : rightParts)
        if (!alignedRight.contains(q.flat))
            c.added.append(q);
    regroup(c, leftParts, rightParts);
    c.figures = FigureComparison::compare(leftFigures, rightFigures, catalog);
    return c;
}

QString ReportComparison::toMarkdown() const
{
    QString md = QStringLiteral("# %1 → %2\n\n").arg(leftName, rightName);
    md += QStringLiteral("Sentences: %1 the same, %2 edited, %3 dropped, %4 new\n")
              .arg(text.sameCount())
              .arg(text.editedCount())
              .arg(text.droppedCount())
              .arg(text.newCount());
    const auto listParts = [&md](const QString &title, const QList<Part> &parts) {
        if (parts.isEmpty())
            return;
        md += QStringLiteral("\n## %1\n").arg(title);
        for (const Part &p : parts)
            md += QStringLiteral("- %1 (%2 characters)\n").arg(p.path).arg(p.chars);
    };
    listParts(QStringLiteral("Sections added"), added);
    listParts(QStringLiteral("Sections removed"), removed);
    if (!regrouped.isEmpty()) {
        md += QStringLiteral("\n## Sections split, merged or renamed\n");
        for (const Regrouping &g : regrouped)
            md += QStringLiteral("- %1: %2 → %3\n").arg(regroupingWord(g.kind), pathList(g.from), pathList(g.to));
    }
    if (!resized.isEmpty()) {
        md += QStringLiteral("\n## Sections grown or shrunk\n");
        for (const auto &[p, q] : resized)
            md += QStringLiteral("- %1: %2 → %3 characters\n").arg(q.path).arg(p.chars).arg(q.chars);
    }
    const auto listTerms = [&md](const QString &title, const QList<TermDiff::Term> &list) {
        if (list.isEmpty())
            return;
        QStringList shown;
        for (const TermDiff::Term &t : list.mid(0, MarkdownTermCount))
            shown.append(QStringLiteral("%1 (%2)").arg(t.text).arg(t.count()));
        md += QStringLiteral("\n## %1\n%2\n").arg(title, shown.join(QStringLiteral("、")));
    };
    listTerms(QStringLiteral("New terms (uses)"), terms.added);
    listTerms(QStringLiteral("Dropped terms (uses)"), terms.dropped);
    md += QStringLiteral("\n## Figures\n| indicator | metric | kind | %1 | %2 | change | target |\n")
              .arg(leftName, rightName);
    md += QStringLiteral("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (const FigureChange &f : figures)
        md += QStringLiteral("| %1 |\n").arg(figureRow(f).join(QStringLiteral(" | ")));
    return md;
}

} // namespace ReportLens
