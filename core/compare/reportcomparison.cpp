#include "reportcomparison.h"

#include "compare/sectionaligner.h"
#include "extract/figuretext.h"
#include "outline/outlineparser.h"

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
            out.append({i, path.join(QStringLiteral(" › ")), s.end - s.start});
    }
    return out;
}

QString name(const Report &r)
{
    return displayTitle(r.meta.region.value, r.meta.year.isSet() ? r.meta.year.value : 0, r.meta.title.value);
}

QString figureText(const std::optional<Indicator> &i)
{
    return i ? FigureText::withPeriod(*i) : QString();
}
} // namespace

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

ReportComparison ReportComparison::compare(const Report &left, const Report &right, const QList<IndicatorRow> &leftFigures,
                                           const QList<IndicatorRow> &rightFigures, const IndicatorCatalog &catalog,
                                           const TermDiff::Weighting &termWeighting)
{
    ReportComparison c;
    c.leftName = name(left);
    c.rightName = name(right);
    c.text = TextDiff::compare(left.cleanText, right.cleanText);
    c.terms = TermDiff::compare(left.cleanText, right.cleanText, termWeighting);
    // Sections: the aligner's pairs; a part without a counterpart was added or removed.
    QHash<qsizetype, qsizetype> leftToRight;
    QSet<qsizetype> alignedRight;
    for (const auto &[x, y] : SectionAligner().align(left.sections, right.sections)) {
        leftToRight.insert(x, y);
        alignedRight.insert(y);
    }
    const QList<Part> leftParts = parts(OutlineParser::flatten(left.sections));
    const QList<Part> rightParts = parts(OutlineParser::flatten(right.sections));
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
    c.figures = FigureComparison::compare(leftFigures, rightFigures, catalog);
    return c;
}

QString ReportComparison::toMarkdown() const
{
    QString md = QStringLiteral("# %1 → %2\n\n").arg(leftName, rightName);
    md += QStringLiteral("Sentences: %1 the same, %2 edited, %3 dropped, %4 new\n")
              .arg(text.sameCount()).arg(text.editedCount()).arg(text.droppedCount()).arg(text.newCount());
    const auto listParts = [&md](const QString &title, const QList<Part> &parts) {
        if (parts.isEmpty())
            return;
        md += QStringLiteral("\n## %1\n").arg(title);
        for (const Part &p : parts)
            md += QStringLiteral("- %1 (%2 characters)\n").arg(p.path).arg(p.chars);
    };
    listParts(QStringLiteral("Sections added"), added);
    listParts(QStringLiteral("Sections removed"), removed);
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
    md += QStringLiteral("\n## Figures\n| indicator | metric | kind | %1 | %2 | change | target |\n").arg(leftName, rightName);
    md += QStringLiteral("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (const FigureChange &f : figures)
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                  .arg(f.name, f.metric, f.kind, figureText(f.left), figureText(f.right), f.difference(), targetWord(f.target()));
    return md;
}

} // namespace ReportLens
