#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ReportLens {

/// One place in a text where a cue occurs: [start, end), with a value (a year, a plan's first year).
struct CueOccurrence
{
    qsizetype start = 0;
    qsizetype end = 0;
    int value = 0;
};

/// The occurrences of one kind of cue in a paragraph, answering "the last one that lies inside
/// [from, end)" by binary search. The indicator extractor asks this for every figure, and one
/// paragraph may hold thousands of figures: scanning everything before each figure made import
/// time grow with the square of the paragraph.
class CueIndex
{
public:
    CueIndex() = default;
    /// @p occurrences in any order.
    explicit CueIndex(QList<CueOccurrence> occurrences);

    /// Of the occurrences that lie wholly inside [@p from, @p end), the one that starts last (as
    /// QStringView::lastIndexOf finds it in that range); nullptr if there is none.
    const CueOccurrence *lastWithin(qsizetype from, qsizetype end) const;

    /// Start of lastWithin(@p from, @p end), or -1.
    qsizetype lastStartWithin(qsizetype from, qsizetype end) const;

private:
    QList<CueOccurrence> m_byEnd;
    QList<qsizetype> m_latestStart; ///< For each position in m_byEnd, the index (up to it) that starts last
};

/// Finds the words of several word lists in a text in one pass over it.
class CueDictionary
{
public:
    explicit CueDictionary(const QList<QStringList> &lists = {});

    /// For each list, in order, every occurrence of its words in @p text, overlapping ones
    /// included, ordered by start.
    QList<QList<CueOccurrence>> find(QStringView text) const;

private:
    struct Word
    {
        QString text;
        qsizetype list;
    };
    QHash<QChar, QList<Word>> m_wordsByFirst;
    qsizetype m_lists = 0;
};

} // namespace ReportLens
