#include "linereflow.h"

#include "pagefurniture.h"
#include "util/chinesetext.h"

#include <QHash>
#include <QSet>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#include <memory>

#include <algorithm>

namespace ReportLens {

namespace {

// A wrapped text: this share of its long lines end within WrapTolerance columns of the widest.
constexpr double WrappedShare = 0.5;
constexpr int WrapTolerance = 4; // two Chinese characters: a number or a closing mark that did not fit
constexpr int LongLine = 20; // columns; shorter lines (headings, last lines) say nothing
constexpr int MinWrappedLines = 5;
// A report saved as one line: a line this long with this many numbered headings inside.
constexpr qsizetype RunOnLength = 2000;
constexpr int RunOnHeadings = 2;

} // namespace

LineReflow::LineReflow(Rules rules)
    : m_rules(std::move(rules))
{ }

bool LineReflow::joinsWithSpace(QStringView before, QStringView after)
{
    auto latin = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    return !before.isEmpty() && !after.isEmpty() && latin(before.back()) && latin(after.front());
}

int LineReflow::leadingUnitWidth(QStringView text)
{
    // ICU's line breaker (UAX #14, as layout engines break lines): the first place a line may end
    // in @p text. Opening marks cling to what follows, closing marks to what precedes, a number
    // does not break, and quotation marks glue to both neighbours ("家“5G+VR”党"). The root rules,
    // not Chinese ones (which break between ” and “): of two layouts the wider unit is taken, as a
    // line wrongly thought full joins two paragraphs while one wrongly thought short breaks a sentence.
    thread_local std::unique_ptr<UBreakIterator, decltype(&ubrk_close)> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator *iterator = ubrk_open(UBRK_LINE, "", nullptr, 0, &status);
        return std::unique_ptr<UBreakIterator, decltype(&ubrk_close)>(U_SUCCESS(status) ? iterator : nullptr,
                                                                      &ubrk_close);
    }();
    if (!breaker || text.isEmpty())
        return displayWidth(text.left(1));
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker.get(), reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    const int32_t end = U_SUCCESS(status) ? ubrk_following(breaker.get(), 0) : 1;
    return displayWidth(text.left(end == UBRK_DONE ? text.size() : end).trimmed());
}

int LineReflow::displayWidth(QStringView text)
{
    int width = 0;
    for (QChar c : text) {
        // Ambiguous characters (“”、—, …) are wide in Chinese text, as a Chinese editor shows them.
        const int ea = u_getIntPropertyValue(c.unicode(), UCHAR_EAST_ASIAN_WIDTH);
        width += ea == U_EA_WIDE || ea == U_EA_FULLWIDTH || ea == U_EA_AMBIGUOUS ? 2 : 1;
    }
    return width;
}

bool LineReflow::opensParagraph(const TextLine &previous, const TextLine &line) const
{
    // A number after the end of a sentence opens a heading; after a full line that ends mid-sentence
    // it is the sentence going on ("在\n三、五年内", "制度；\n（５）关于…", "如下：\n（一）工业支出…").
    if (!previous.text.isEmpty() && ChineseText::SentenceEnds.contains(previous.text.back())
        && m_rules.numberedLineStart.match(line.text).hasMatch())
        return true;
    auto isHead = [&](const QString &text) {
        return std::any_of(m_rules.headAnchors.cbegin(), m_rules.headAnchors.cend(),
                           [&](const QRegularExpression &regex) { return regex.match(text).hasMatch(); });
    };
    // The line after a complete dateline (…会议上) is the speaker's, not its continuation.
    const bool previousCompleteDateline = isHead(previous.text)
        && std::any_of(m_rules.datelineEnds.cbegin(), m_rules.datelineEnds.cend(),
                       [&](const QString &end) { return previous.text.endsWith(end); });
    return previousCompleteDateline || isHead(line.text);
}

void LineReflow::applyLayout(QList<TextLine> &lines, const LineHints &hints, QList<RemovedRange> &removed) const
{
    // Furniture ranges and lines are both in original order: one pass drops the lines inside one.
    qsizetype next = 0;
    lines.removeIf([&](const TextLine &line) {
        if (line.origin.isEmpty())
            return false;
        const qsizetype at = line.origin.first();
        while (next < hints.furniture.size() && hints.furniture[next].end <= at)
            ++next;
        if (next < hints.furniture.size() && hints.furniture[next].start <= at
            && line.origin.last() < hints.furniture[next].end) {
            removed.append(line.range(hints.furniture[next].rule));
            return true;
        }
        return false;
    });

    QHash<qsizetype, bool> soft; // break offset → joined with a space
    for (const SoftBreak &b : hints.softBreaks)
        soft.insert(b.offset, b.space);
    QList<TextLine> joined;
    for (TextLine &line : lines) {
        if (!joined.isEmpty()) {
            TextLine &last = joined.last();
            const auto it = soft.constFind(last.breakAt);
            if (it != soft.cend() && !opensParagraph(last, line)) {
                last.append(line, it.value() ? QStringLiteral(" ") : QString());
                continue;
            }
        }
        joined.append(std::move(line));
    }
    lines = std::move(joined);
}

void LineReflow::dropTextFurniture(QList<TextLine> &lines, QList<RemovedRange> &removed,
                                   QList<ImportRepair> &repairs) const
{
    // Pages: at form feeds; without them, after each line of the longest run of page numbers that
    // count up one by one (… — 3 — … — 4 — …), at least three long.
    QList<qsizetype> pageEnds; // index of each page's last line
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (lines[i].pageBreakBefore)
            pageEnds.append(i - 1);
    if (pageEnds.isEmpty()) {
        QHash<int, std::pair<int, qsizetype>> chainEndingAt; // value → (length, last line)
        QHash<qsizetype, qsizetype> previousInChain;
        int bestLength = 0;
        qsizetype bestEnd = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &text = lines[i].text;
            if (text.size() > 20 || !PageFurniture::looksLikePageNumber(text))
                continue;
            int value = 0;
            bool any = false;
            for (QChar c : text) {
                if (c.isDigit()) {
                    value = value * 10 + c.digitValue();
                    any = true;
                } else if (any) {
                    break;
                }
            }
            if (!any || value > 100000)
                continue;
            const auto before = chainEndingAt.value(value - 1, {0, -1});
            const int length = before.first + 1;
            if (before.second >= 0)
                previousInChain.insert(i, before.second);
            chainEndingAt.insert(value, {length, i});
            if (length > bestLength)
                bestLength = length, bestEnd = i;
        }
        if (bestLength >= 3)
            for (qsizetype i = bestEnd; i >= 0; i = previousInChain.value(i, -1))
                pageEnds.prepend(i);
    }
    if (pageEnds.isEmpty())
        return;

    QList<PageFurniture::Page> pages;
    QList<qsizetype> pageFirst;
    qsizetype first = 0;
    pageEnds.append(lines.size() - 1);
    for (qsizetype end : pageEnds) {
        if (end < first)
            continue;
        PageFurniture::Page page;
        for (qsizetype i = first; i <= end; ++i)
            page.append({lines[i].text});
        pages.append(page);
        pageFirst.append(first);
        first = end + 1;
    }
    QSet<qsizetype> drop;
    QHash<qsizetype, QString> rules;
    for (const PageFurniture::Mark &mark : PageFurniture::find(pages)) {
        const qsizetype index = pageFirst[mark.page] + mark.line;
        drop.insert(index);
        rules.insert(index, mark.rule);
    }
    if (drop.isEmpty())
        return;
    // The blank lines and form feeds around dropped furniture separated it, not paragraphs.
    QList<TextLine> kept;
    bool afterFurniture = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (drop.contains(i)) {
            removed.append(lines[i].range(rules.value(i)));
            afterFurniture = true;
            continue;
        }
        if (afterFurniture)
            lines[i].blankBefore = lines[i].pageBreakBefore = false;
        afterFurniture = false;
        kept.append(std::move(lines[i]));
    }
    lines = std::move(kept);
    repairs.append({QStringLiteral("page-furniture"),
                    QStringLiteral("removed %1 running headers, footers and page numbers").arg(drop.size()),
                    int(drop.size())});
}

void LineReflow::joinHardWrapped(QList<TextLine> &lines, QList<ImportRepair> &repairs) const
{
    // The wrap width: the widest width that many long lines reach (a quarter as many as the most
    // common one); wider lines are punctuation hanging past the margin.
    QList<int> widths;
    QHash<int, int> counts;
    int longLines = 0;
    for (const TextLine &line : lines) {
        const int width = line.indent + displayWidth(line.text);
        widths.append(width);
        if (width >= LongLine) {
            ++counts[width];
            ++longLines;
        }
    }
    int modeCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        modeCount = std::max(modeCount, it.value());
    int wrapWidth = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() * 4 >= modeCount)
            wrapWidth = std::max(wrapWidth, it.key());
    int atWidth = 0, open = 0, indented = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        indented += lines[i].indent > 0 ? 1 : 0;
        if (widths[i] < wrapWidth - WrapTolerance || widths[i] > wrapWidth + WrapTolerance)
            continue;
        ++atWidth;
        // Paragraphs of an unwrapped text end with punctuation; the lines of a wrapped one mostly don't.
        open += m_rules.terminal.contains(lines[i].text.back()) ? 0 : 1;
    }
    // A page set in a proportional font and copied as text (a document-sharing site's) wraps at
    // no one width: digits are narrower than characters. Its long lines still crowd into a band
    // just under the widest, and most of them end inside a sentence.
    int raggedFull = 0; // > 0: the width from which a line of such a text counts as full
    if (atWidth < MinWrappedLines || atWidth < WrappedShare * longLines || open < WrappedShare * atWidth) {
        QList<int> longWidths;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (widths[i] >= LongLine)
                longWidths.append(widths[i]);
        if (longWidths.size() < 2 * MinWrappedLines)
            return;
        std::sort(longWidths.begin(), longWidths.end());
        const int median = longWidths[longWidths.size() / 2];
        int inBand = 0, openInBand = 0;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (widths[i] >= median * 4 / 5 && widths[i] <= median * 11 / 10) {
                ++inBand;
                openInBand += m_rules.terminal.contains(lines[i].text.back()) ? 0 : 1;
            }
        if (inBand * 5 < longWidths.size() * 3 || openInBand * 5 < inBand * 3)
            return;
        raggedFull = median * 4 / 5;
        wrapWidth = median;
    }
    // Where paragraphs start indented, an indented line starts one. Without indents a full line
    // continues even when it ends a sentence: a paragraph holds several sentences, each as likely
    // as the paragraph's own end to fall at a line end, so joining errs least.
    const bool indentMarksParagraphs = indented * 10 >= lines.size();
    // Widths just under the wrap width that many more lines end at than the last lines of
    // paragraphs would (those spread evenly over all widths) are full lines too: a proportional
    // font copied out of a PDF fits a character or two fewer where a line holds digits or marks.
    QList<int> background;
    for (int w = wrapWidth / 3; w <= wrapWidth; ++w)
        background.append(counts.value(w));
    std::sort(background.begin(), background.end());
    const int usual = background.isEmpty() ? 0 : background[background.size() / 2];
    QSet<int> fullWidths;
    for (int w = wrapWidth - 2 * WrapTolerance; w <= wrapWidth; ++w)
        if (counts.value(w) >= std::max(3, 3 * usual))
            fullWidths.insert(w);

    QList<TextLine> joined;
    int rejoined = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        TextLine &line = lines[i];
        if (!joined.isEmpty()) {
            TextLine &last = joined.last();
            const int lastWidth = widths[i - 1];
            const bool full = raggedFull > 0 ? lastWidth >= raggedFull
                                             : lastWidth >= wrapWidth - 2 || fullWidths.contains(lastWidth)
                    || lastWidth + line.indent + leadingUnitWidth(line.text) > wrapWidth;
            const bool continues = full && !line.blankBefore && !line.pageBreakBefore
                && !(indentMarksParagraphs && line.indent > 0) && !opensParagraph(last, line);
            if (continues) {
                last.append(line, joinsWithSpace(last.text, line.text) ? QStringLiteral(" ") : QString());
                ++rejoined;
                continue;
            }
        }
        joined.append(std::move(line));
    }
    lines = std::move(joined);
    if (rejoined > 0)
        repairs.append({QStringLiteral("reflow"),
                        QStringLiteral("rejoined %1 lines wrapped at %2 columns").arg(rejoined).arg(wrapWidth),
                        rejoined});
}

void LineReflow::splitRunOnLines(QList<TextLine> &lines, QList<ImportRepair> &repairs) const
{
    QList<TextLine> out;
    int split = 0, pieces = 0;
    for (TextLine &line : lines) {
        if (line.text.size() < RunOnLength) {
            out.append(std::move(line));
            continue;
        }
        QList<qsizetype> cuts;
        int headings = 0;
        auto it = m_rules.paragraphStart.globalMatch(line.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype at = m.capturedStart();
            if (at > 0 && at < line.text.size() && (cuts.isEmpty() || cuts.last() != at))
                cuts.append(at);
            headings += m.capturedLength(u"heading") > 0 ? 1 : 0;
        }
        if (headings < RunOnHeadings) {
            out.append(std::move(line));
            continue;
        }
        ++split;
        cuts.append(line.text.size());
        qsizetype from = 0;
        for (qsizetype cut : cuts) {
            TextLine piece;
            piece.blankBefore = from == 0 ? line.blankBefore : false;
            piece.pageBreakBefore = from == 0 && line.pageBreakBefore;
            piece.breakAt = cut == line.text.size() ? line.breakAt : -1;
            const QStringView text = ChineseText::trimmed(QStringView(line.text).mid(from, cut - from));
            if (!text.isEmpty()) {
                const qsizetype offset = text.data() - line.text.constData();
                piece.text = text.toString();
                piece.origin = line.origin.mid(offset, text.size());
                out.append(std::move(piece));
                ++pieces;
            }
            from = cut;
        }
    }
    lines = std::move(out);
    if (split > 0)
        repairs.append({QStringLiteral("paragraphs"),
                        QStringLiteral("split %1 run-on lines into %2 paragraphs at numbered headings and the head")
                            .arg(split)
                            .arg(pieces),
                        pieces});
}

} // namespace ReportLens
