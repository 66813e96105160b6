#include "pdflayout.h"

#include "clean/linereflow.h"
#include "clean/pagefurniture.h"
#include "util/chinesetext.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace ReportLens {

namespace {

using Line = PdfLayout::Line;

// Thresholds in units of the body text's line height (about one character's width in Chinese).
constexpr double ShortLine = 1.5; // room left at the right edge: the paragraph ended
constexpr double ShortSentence = 0.6; // …when the line ends a sentence
constexpr double Indent = 1.2; // first-line indent (two characters is usual) or centring
constexpr double SizeChange = 0.1; // another font size: a heading or a title
constexpr double HeadingSize = 0.1; // lines this far from the body size are set as headings
constexpr double TitleSize = 1.4; // …and this many times its size as a cover title
constexpr double ExtraGap = 0.5; // vertical space beyond the usual line gap
constexpr double GutterWidth = 0.8; // the narrowest space between two columns

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(share * double(values.size())))];
}

// The most frequent value after rounding to @p bin.
double mode(const QList<double> &values, double bin)
{
    QHash<qint64, int> counts;
    qint64 best = 0;
    int bestCount = 0;
    for (double v : values) {
        const qint64 key = qint64(std::floor(v / bin));
        const int count = ++counts[key];
        if (count > bestCount || (count == bestCount && key < best))
            best = key, bestCount = count;
    }
    return double(best) * bin;
}

bool endsSentence(const QString &text)
{
    // A sentence, or a clause that a line may end with: before a colon, a quote or an ellipsis.
    static const QString terminal =
        ChineseText::SentenceEnds.toString() + ChineseText::Semicolons.toString() + QStringLiteral("：:…”」』");
    return !text.isEmpty() && terminal.contains(text.back());
}

/// A line placed on its page: its column and whether it crosses the gutters.
struct Placed
{
    const Line *line = nullptr;
    int page = 0;
    int columns = 1; ///< Columns on its page.
    int column = 0;
    bool spanning = false;
    bool furniture = false;
};

// Reads a page in order: top to bottom, and where the text stands in columns (a gutter that no
// narrow line crosses), each column to its end before the next; a line across the gutters (a
// title, a centred page number) separates bands of columns.
QList<Placed> readingOrder(const PdfLayout::Page &page, int pageIndex, double lineHeight)
{
    QList<const Line *> lines;
    for (const Line &line : page.lines)
        if (!line.text.isEmpty())
            lines.append(&line);
    std::stable_sort(lines.begin(), lines.end(), [](const Line *a, const Line *b) {
        const double dy = a->box.center().y() - b->box.center().y();
        if (std::abs(dy) > std::min(a->box.height(), b->box.height()) / 2)
            return dy < 0;
        return a->box.left() < b->box.left();
    });
    QList<Placed> placed;
    for (const Line *line : lines)
        placed.append({line, pageIndex});
    if (lines.size() < 6)
        return placed;

    double left = lines.first()->box.left(), right = lines.first()->box.right();
    for (const Line *line : lines)
        left = std::min(left, line->box.left()), right = std::max(right, line->box.right());
    const double span = right - left;
    // How many lines cross each point of the page's width (difference array over whole points):
    // a gutter is a run of points that hardly any line crosses (a title or a centred page number
    // may), away from the edges, with lines on both sides of it.
    const int width = int(std::ceil(span)) + 2;
    QList<int> crossing(width + 1, 0);
    for (const Line *line : lines) {
        ++crossing[std::clamp(int(line->box.left() - left), 0, width)];
        --crossing[std::clamp(int(std::ceil(line->box.right() - left)), 0, width)];
    }
    const int rare = std::max<int>(2, int(lines.size()) / 10);
    QList<std::pair<double, double>> gutters;
    int count = 0, runStart = -1;
    for (int x = 0; x <= width; ++x) {
        count += crossing[x];
        const bool open = count <= rare && x > 0.15 * span && x < 0.85 * span;
        if (open && runStart < 0)
            runStart = x;
        if ((!open || x == width) && runStart >= 0) {
            if (x - runStart >= GutterWidth * lineHeight)
                gutters.append({left + runStart, left + x});
            runStart = -1;
        }
    }
    if (gutters.isEmpty())
        return placed;
    const int columns = int(gutters.size()) + 1;
    QList<int> perColumn(columns, 0);
    for (Placed &p : placed) {
        p.columns = columns;
        const QRectF &box = p.line->box;
        // A line belongs to the column whose width holds it; one across a gutter, or standing in
        // one (a page number centred between the columns), belongs to none.
        for (const auto &[from, to] : gutters)
            p.spanning = p.spanning
                || (box.right() > from + GutterWidth * lineHeight / 2
                    && box.left() < to - GutterWidth * lineHeight / 2);
        if (p.spanning)
            continue;
        for (const auto &[from, to] : gutters)
            p.column += box.center().x() > to ? 1 : 0;
        ++perColumn[p.column];
    }
    // Two lines beside each other are not yet columns: a column has a share of the page's lines,
    // and few lines cross the gutters (titles, centred page numbers). A page of full lines with
    // a short last line and a narrow header beside it is one column.
    const qsizetype spanning =
        std::count_if(placed.cbegin(), placed.cend(), [](const Placed &p) { return p.spanning; });
    const auto tooFew = [&](int n) { return n < std::max<qsizetype>(3, placed.size() / (4 * columns)); };
    if (spanning * 10 > placed.size() * 3 || std::any_of(perColumn.cbegin(), perColumn.cend(), tooFew)) {
        for (Placed &p : placed)
            p = {p.line, pageIndex};
        return placed;
    }
    QList<Placed> ordered;
    QList<Placed> band;
    auto flush = [&]() {
        std::stable_sort(band.begin(), band.end(),
                         [](const Placed &a, const Placed &b) { return a.column < b.column; });
        ordered += band;
        band.clear();
    };
    for (const Placed &p : placed) {
        if (p.spanning) {
            flush();
            ordered.append(p);
        } else {
            band.append(p);
        }
    }
    flush();
    return ordered;
}

/// Where the text of one kind of column stands: its left edge and the right edge full lines reach.
struct ColumnEdges
{
    double left = 0;
    double right = 0;
    bool known = false;
};

} // namespace

DecodedText PdfLayout::assemble(const QList<Page> &pages)
{
    DecodedText decoded;
    decoded.encoding = QStringLiteral("PDF");
    decoded.lines.layoutDecided = true;

    QList<double> heights;
    for (const Page &page : pages)
        for (const Line &line : page.lines)
            if (!line.text.isEmpty())
                heights.append(line.box.height());
    const double lineHeight = std::max(1.0, median(heights));

    QList<QList<Placed>> ordered;
    int multiColumnPages = 0;
    for (int p = 0; p < pages.size(); ++p) {
        ordered.append(readingOrder(pages[p], p, lineHeight));
        const bool columns = std::any_of(ordered.last().cbegin(), ordered.last().cend(),
                                         [](const Placed &placed) { return placed.columns > 1; });
        multiColumnPages += columns ? 1 : 0;
    }

    // Furniture, from position and repetition across pages.
    QList<PageFurniture::Page> furniturePages;
    for (int p = 0; p < pages.size(); ++p) {
        PageFurniture::Page lines;
        const double height = std::max(1.0, pages[p].size.height());
        for (const Placed &placed : ordered[p])
            lines.append({placed.line->text, placed.line->box.top() / height, placed.line->box.bottom() / height});
        furniturePages.append(lines);
    }
    QHash<std::pair<int, int>, QString> furnitureRules;
    for (const PageFurniture::Mark &mark : PageFurniture::find(furniturePages)) {
        furnitureRules.insert({mark.page, mark.line}, mark.rule);
        ordered[mark.page][mark.line].furniture = true;
    }

    // The edges of each kind of column (by column count and index), from the body lines of the
    // whole document: a page's last lines alone would not show where full lines end.
    QHash<std::pair<int, int>, QList<double>> lefts, rights;
    QList<double> gaps;
    for (const QList<Placed> &page : ordered) {
        const Placed *previous = nullptr;
        for (const Placed &p : page) {
            const double h = p.line->box.height();
            if (p.furniture || p.spanning || std::abs(h - lineHeight) > SizeChange * lineHeight)
                continue;
            lefts[{p.columns, p.column}].append(p.line->box.left());
            rights[{p.columns, p.column}].append(p.line->box.right());
            if (previous && previous->column == p.column && !previous->spanning)
                gaps.append(p.line->box.top() - previous->line->box.bottom());
            previous = &p;
        }
    }
    QHash<std::pair<int, int>, ColumnEdges> edges;
    for (auto it = lefts.cbegin(); it != lefts.cend(); ++it) {
        // Full lines end at the right edge when justified and within a character of it when
        // ragged; most lines are full, so a high percentile is the edge.
        edges[it.key()] = {mode(it.value(), lineHeight / 4), percentile(rights.value(it.key()), 0.9), true};
    }
    QList<double> positiveGaps;
    for (double g : gaps)
        if (g > -lineHeight / 2)
            positiveGaps.append(g);
    const double usualGap = median(positiveGaps);

    auto edgesOf = [&](const Placed &p) { return p.spanning ? ColumnEdges{} : edges.value({p.columns, p.column}); };
    // Whether the line break after @p a continues its paragraph in @p b.
    auto continues = [&](const Placed &a, const Placed &b) {
        const QRectF &ra = a.line->box, &rb = b.line->box;
        const double ha = ra.height(), hb = rb.height();
        if (std::abs(ha - hb) > SizeChange * std::min(ha, hb))
            return false;
        const bool sameColumn = a.page == b.page && a.column == b.column && a.spanning == b.spanning;
        const bool headingSize = std::abs(ha - lineHeight) > HeadingSize * lineHeight
            && std::abs(hb - lineHeight) > HeadingSize * lineHeight && std::abs(ha - hb) < 0.05 * ha;
        const ColumnEdges ea = edgesOf(a), eb = edgesOf(b);
        if (headingSize) {
            // A title or heading set over two lines, often centred, the second close under the
            // first, which has no full stop. A cover title (much larger) is broken where its
            // designer chose; a heading only where its line was full, else the line below is a
            // heading or motto of its own.
            if (!sameColumn || endsSentence(a.line->text) || rb.top() - ra.bottom() >= ha)
                return false;
            return ha >= TitleSize * lineHeight || (ea.known && ea.right - ea.left - ra.width() < 3 * ha);
        }
        if (!ea.known || !eb.known)
            return false;
        // Room left at the end of a's line: a paragraph ended there, unless what opens b (a number,
        // a quoted word) would not have fitted into it.
        const double room = ea.right - ra.right();
        const QString &next = b.line->text;
        const double unit =
            rb.width() * LineReflow::leadingUnitWidth(next) / std::max(1, LineReflow::displayWidth(next));
        if ((room > ShortLine * lineHeight && room > unit + ShortSentence * lineHeight)
            || (endsSentence(a.line->text) && room > ShortSentence * lineHeight))
            return false;
        // A long heading set centred runs on in a centred line; otherwise an indented line opens
        // a paragraph.
        const bool bCentred = std::abs((rb.left() - eb.left) - (eb.right - rb.right())) < lineHeight;
        const bool headingRunsOn = bCentred && !endsSentence(a.line->text);
        if (rb.left() - eb.left > Indent * lineHeight && !headingRunsOn)
            return false;
        if (sameColumn && rb.top() - ra.bottom() > usualGap + ExtraGap * lineHeight)
            return false;
        return true;
    };

    // The text: every line, furniture included (the cleaner drops it and says so), in order.
    QString &text = decoded.text;
    const Placed *previousBody = nullptr;
    qsizetype previousBreak = -1;
    int softBreaks = 0, furnitureLines = 0;
    for (int p = 0; p < ordered.size(); ++p) {
        decoded.pageStarts.append(text.size());
        for (int i = 0; i < ordered[p].size(); ++i) {
            const Placed &placed = ordered[p][i];
            const qsizetype start = text.size();
            text += placed.line->text;
            if (placed.furniture) {
                decoded.lines.furniture.append({start, text.size(), furnitureRules.value({p, i})});
                ++furnitureLines;
            } else {
                if (previousBody && continues(*previousBody, placed)) {
                    const QString &before = previousBody->line->text;
                    decoded.lines.softBreaks.append(
                        {previousBreak, LineReflow::joinsWithSpace(before, placed.line->text)});
                    ++softBreaks;
                }
                previousBody = &placed;
                previousBreak = text.size();
            }
            text.append(u'\n');
        }
    }
    if (!text.isEmpty())
        text.chop(1);

    if (softBreaks > 0)
        decoded.repairs.append({QStringLiteral("reflow"),
                                QStringLiteral("rejoined %1 lines wrapped by the page layout").arg(softBreaks),
                                softBreaks});
    if (furnitureLines > 0)
        decoded.repairs.append(
            {QStringLiteral("page-furniture"),
             QStringLiteral("removed %1 running headers, footers and page numbers").arg(furnitureLines),
             furnitureLines});
    if (multiColumnPages > 0)
        decoded.repairs.append({QStringLiteral("columns"),
                                QStringLiteral("read %1 pages set in columns column by column").arg(multiColumnPages),
                                multiColumnPages});
    return decoded;
}

} // namespace ReportLens
