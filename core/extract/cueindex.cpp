#include "cueindex.h"

#include <algorithm>

namespace ReportLens {

CueIndex::CueIndex(QList<CueOccurrence> occurrences)
    : m_byEnd(std::move(occurrences))
{
    std::stable_sort(m_byEnd.begin(), m_byEnd.end(),
                     [](const CueOccurrence &a, const CueOccurrence &b) { return a.end < b.end; });
    // Ordered by end, an occurrence inside [0, end) is a prefix of the list; the one among them
    // that starts last is kept for each prefix.
    m_latestStart.reserve(m_byEnd.size());
    for (qsizetype i = 0; i < m_byEnd.size(); ++i) {
        const bool later = i == 0 || m_byEnd[i].start > m_byEnd[m_latestStart.last()].start;
        m_latestStart.append(later ? i : m_latestStart.last());
    }
}

const CueOccurrence *CueIndex::lastWithin(qsizetype from, qsizetype end) const
{
    const auto after = std::upper_bound(m_byEnd.cbegin(), m_byEnd.cend(), end,
                                        [](qsizetype value, const CueOccurrence &o) { return value < o.end; });
    if (after == m_byEnd.cbegin())
        return nullptr;
    const CueOccurrence &latest = m_byEnd[m_latestStart[after - m_byEnd.cbegin() - 1]];
    // Nothing inside the range starts later than the latest-starting of all that end in time.
    return latest.start >= from ? &latest : nullptr;
}

qsizetype CueIndex::lastStartWithin(qsizetype from, qsizetype end) const
{
    const CueOccurrence *o = lastWithin(from, end);
    return o ? o->start : -1;
}

CueDictionary::CueDictionary(const QList<QStringList> &lists)
    : m_lists(lists.size())
{
    for (qsizetype list = 0; list < lists.size(); ++list)
        for (const QString &word : lists[list])
            if (!word.isEmpty())
                m_wordsByFirst[word.front()].append({word, list});
}

QList<QList<CueOccurrence>> CueDictionary::find(QStringView text) const
{
    QList<QList<CueOccurrence>> found(m_lists);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto words = m_wordsByFirst.constFind(text[i]);
        if (words == m_wordsByFirst.cend())
            continue;
        for (const Word &w : *words)
            if (text.mid(i).startsWith(w.text))
                found[w.list].append({i, i + w.text.size(), 0});
    }
    return found;
}

} // namespace ReportLens
