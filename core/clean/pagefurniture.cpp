#include "pagefurniture.h"

#include "util/chinesetext.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ReportLens {

namespace {

// How far from the page edge furniture sits: the first and last lines of a page, and with geometry
// the outer fifth of its height (A4 margins with a header are about a tenth).
constexpr int EdgeLines = 3;
constexpr double EdgeBand = 0.2;
// A line repeated on this share of the pages is furniture. Below a half, because odd and even
// pages often carry different running headers (the report's title / the government's name).
constexpr double RepeatShare = 0.4;
// Positions compare in bins of 2% of the page height: the same header drifts by a point or two.
constexpr double PositionBin = 0.02;
// A header is a line, not a paragraph: longer repeated lines are text (a repeated salutation).
constexpr qsizetype MaxFurnitureLength = 120;

bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19);
}

// The value of the first digit run in @p text: the page number of "第 3 页 共 16 页" and of
// "3/16"; -1 if none.
int firstNumber(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && !isDigit(text[i]))
        ++i;
    if (i == text.size())
        return -1;
    int value = 0;
    for (; i < text.size() && isDigit(text[i]) && value < 100000; ++i)
        value = value * 10 + (text[i].unicode() >= 0xFF10 ? text[i].unicode() - 0xFF10 : text[i].unicode() - u'0');
    return value;
}

enum class Band { Top, Bottom };

struct Candidate
{
    int page;
    int line;
    Band band;
    int slot; ///< Position bin with geometry, else the rank from the page edge.
    QString key;
};

} // namespace

QString PageFurniture::masked(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (ChineseText::isSpace(c))
            continue;
        if (isDigit(c)) {
            if (out.isEmpty() || out.back() != u'#')
                out.append(u'#');
            continue;
        }
        out.append(c);
    }
    return out;
}

bool PageFurniture::looksLikePageNumber(const QString &text)
{
    const QString m = masked(text);
    if (m.isEmpty() || m.size() > 12 || m.count(u'#') == 0 || m.count(u'#') > 2)
        return false;
    // Decorations only: dashes, slashes, brackets, a few letters or characters (第…页, Page … of …);
    // no sentence punctuation, so "3。" in a list is not a page number, and no words.
    int han = 0;
    for (QChar c : m) {
        if (c == u'。' || c == u'，' || c == u'；' || c == u'、' || c == u'%' || c == u'％' || c == u'.')
            return false;
        han += ChineseText::isHan(c) ? 1 : 0;
    }
    return han <= 4;
}

QList<PageFurniture::Mark> PageFurniture::find(const QList<Page> &pages)
{
    QList<Mark> marks;
    const int pageCount = int(pages.size());
    if (pageCount < 2)
        return marks;

    QList<Candidate> candidates;
    for (int p = 0; p < pageCount; ++p) {
        const Page &page = pages[p];
        const int n = int(page.size());
        for (int i = 0; i < n; ++i) {
            const Line &line = page[i];
            const int fromBottom = n - 1 - i;
            const bool geometry = line.top >= 0;
            const bool nearTop = i < EdgeLines && (!geometry || line.top < EdgeBand);
            const bool nearBottom = fromBottom < EdgeLines && (!geometry || line.bottom > 1 - EdgeBand);
            if ((!nearTop && !nearBottom) || line.text.size() > MaxFurnitureLength)
                continue;
            const QString key = masked(line.text);
            if (key.isEmpty())
                continue;
            if (nearTop)
                candidates.append({p, i, Band::Top, geometry ? int(std::lround(line.top / PositionBin)) : i, key});
            if (nearBottom)
                candidates.append(
                    {p, i, Band::Bottom, geometry ? int(std::lround(line.bottom / PositionBin)) : fromBottom, key});
        }
    }

    QHash<std::pair<int, int>, QString> found; // (page, line) → rule
    auto mark = [&](const Candidate &c, const QString &rule) { found.insert({c.page, c.line}, rule); };
    const int needed = std::max(2, int(std::ceil(RepeatShare * pageCount)));

    // The same text (numbers masked) at the same place on many pages.
    QHash<std::pair<int, QString>, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < candidates.size(); ++i)
        groups[{int(candidates[i].band), candidates[i].key}].append(i);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<qsizetype> &members = it.value();
        QHash<int, int> slotCounts;
        for (qsizetype m : members)
            ++slotCounts[candidates[m].slot];
        int modeSlot = 0, modeCount = -1;
        for (auto s = slotCounts.cbegin(); s != slotCounts.cend(); ++s)
            if (s.value() > modeCount || (s.value() == modeCount && s.key() < modeSlot))
                modeSlot = s.key(), modeCount = s.value();
        QList<qsizetype> placed;
        QSet<int> pagesSeen;
        for (qsizetype m : members)
            if (std::abs(candidates[m].slot - modeSlot) <= 1) {
                placed.append(m);
                pagesSeen.insert(candidates[m].page);
            }
        if (pagesSeen.size() < needed)
            continue;
        const bool number = looksLikePageNumber(candidates[placed.first()].key);
        const QString rule = number             ? QStringLiteral("page-furniture:page-number")
            : Band(it.key().first) == Band::Top ? QStringLiteral("page-furniture:running-header")
                                                : QStringLiteral("page-furniture:running-footer");
        for (qsizetype m : placed)
            mark(candidates[m], rule);
    }

    // Page numbers whose decoration changes (left and right pages) still count with the page: the
    // number minus the page index is the same on every page.
    for (const Band band : {Band::Top, Band::Bottom}) {
        QHash<int, QList<qsizetype>> byOffset;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const Candidate &c = candidates[i];
            if (c.band != band || !looksLikePageNumber(pages[c.page][c.line].text))
                continue;
            const int number = firstNumber(pages[c.page][c.line].text);
            if (number >= 0)
                byOffset[number - c.page].append(i);
        }
        for (auto it = byOffset.cbegin(); it != byOffset.cend(); ++it) {
            QSet<int> pagesSeen;
            for (qsizetype m : it.value())
                pagesSeen.insert(candidates[m].page);
            if (pagesSeen.size() < needed)
                continue;
            for (qsizetype m : it.value())
                mark(candidates[m], QStringLiteral("page-furniture:page-number"));
        }
    }

    for (auto it = found.cbegin(); it != found.cend(); ++it)
        marks.append({it.key().first, it.key().second, it.value()});
    std::sort(marks.begin(), marks.end(),
              [](const Mark &a, const Mark &b) { return a.page != b.page ? a.page < b.page : a.line < b.line; });
    return marks;
}

} // namespace ReportLens
