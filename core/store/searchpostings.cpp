#include "searchpostings.h"
#include "searchpages.h"

#include "fts5extensions.h"
#include "library.h"
#include "searchindex.h"
#include "sqlsupport.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ReportLens {

using namespace SearchPages;

namespace {

// Segments of a level merge into one of the next when this many have gathered; level
// MaxMergedLevel is never merged further. An import commits up to 16 reports at a time, so level-1
// segments hold about 256 reports and level-2 ones about 4,096. Every entry is written three times
// (each level costs a rewrite of everything), and a query reads a gram's page in at most 30
// segments plus one per 4,096 reports: 10 at 10,000 reports, where stopping at level 1 left 40 and
// a phrase's match took half as long again (measured, docs/PERFORMANCE.md).
constexpr int MergeFanout = 16;
constexpr int MaxMergedLevel = 2;
// One client merges at a time (pg_try_advisory_xact_lock): another one skips and leaves it to the
// next write.
constexpr qint64 MergeLockKey = 0x524c6d6572676573;

bool isSpace(char32_t c)
{
    return isTokenSeparator(c);
}

bool run(QSqlQuery &q, QString *error)
{
    return q.exec() || Sql::failed(q, error);
}

bool run(Library &library, const QString &sql, QString *error)
{
    QSqlQuery q(library.database());
    return q.exec(sql) || Sql::failed(q, error);
}

// Merges the segments of @p level into one of the next level when enough have gathered.
bool mergeLevel(Library &library, int level, QString *error)
{
    QSqlQuery q(library.database());
    q.prepare(QStringLiteral("SELECT id, reports FROM search_segments WHERE level = ? ORDER BY id"));
    q.addBindValue(level);
    if (!run(q, error))
        return false;
    QList<qint64> ids;
    qint64 reports = 0;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        reports += q.value(1).toLongLong();
    }
    if (ids.size() < MergeFanout)
        return true;
    const QString merged = Sql::idList(ids);
    if (!q.exec(QStringLiteral("SELECT nextval('search_segment_ids')")) || !q.next())
        return Sql::failed(q, error);
    const qint64 id = q.value(0).toLongLong();
    return run(library,
               QStringLiteral("INSERT INTO search_segments (id, level, reports) VALUES (%1, %2, %3)")
                   .arg(id)
                   .arg(level + 1)
                   .arg(reports),
               error)
        && mergePages(library, merged, id, Characters, error) && mergePages(library, merged, id, Pairs, error)
        && run(library, QStringLiteral("DELETE FROM search_segments WHERE id IN (%1)").arg(merged), error);
}

} // namespace

SearchPostings::SearchPostings() = default;
SearchPostings::~SearchPostings() = default;

void SearchPostings::clear()
{
    m_segment = 0;
    m_reports.clear();
}

SearchPostings::TextGrams SearchPostings::gramsOf(const QString &folded)
{
    struct Local
    {
        int count = 0;
        QList<int> positions;
    };
    QHash<quint64, Local> local;
    local.reserve(folded.size() / 2);
    const QList<Character> text = characters(folded);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSpace(text[i].code))
            continue;
        ++local[gramKey(text[i].code)].count;
        if (i + 1 < text.size() && !isSpace(text[i + 1].code)) {
            Local &pair = local[gramKey(text[i].code, text[i + 1].code)];
            ++pair.count;
            pair.positions.append(int(text[i].offset));
        }
    }
    QList<std::pair<quint64, const Local *>> sorted;
    sorted.reserve(local.size());
    for (auto it = local.cbegin(); it != local.cend(); ++it)
        sorted.append({it.key(), &it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    TextGrams grams;
    grams.keys.reserve(sorted.size());
    grams.counts.reserve(sorted.size());
    grams.positionStarts.reserve(sorted.size() + 1);
    for (const auto &[key, gram] : std::as_const(sorted)) {
        grams.keys.append(key);
        grams.counts.append(gram->count);
        grams.positionStarts.append(int(grams.positions.size()));
        grams.positions += gram->positions;
    }
    grams.positionStarts.append(int(grams.positions.size()));
    return grams;
}

bool SearchPostings::add(Library &library, qint64 reportId, TextGrams grams, QString *error)
{
    // A segment's reports ascend, so that a query can walk the records of several grams side by
    // side (SearchPostings::find): a report that does not follow the last one starts a new segment.
    // So does the same report twice in one transaction (stored, then replaced), whose first entries
    // the second indexing marks stale.
    if (!m_reports.isEmpty() && reportId <= m_reports.last().id && !write(library, error))
        return false;
    if (m_segment == 0) {
        QSqlQuery q(library.database());
        if (!q.exec(QStringLiteral("SELECT nextval('search_segment_ids')")) || !q.next())
            return Sql::failed(q, error);
        m_segment = q.value(0).toLongLong();
    }
    m_reports.append({reportId, std::move(grams)});
    return true;
}

bool SearchPostings::write(Library &library, QString *error)
{
    if (isEmpty())
        return true;
    PageWriter characters(library, m_segment, Characters), pairs(library, m_segment, Pairs);
    // The segment first (pages refer to it), then the reports say where their entries are: the
    // trigger on report_texts lists the entries this replaces as stale.
    bool written = run(library,
                       QStringLiteral("INSERT INTO search_segments (id, level, reports) VALUES (%1, 0, %2)")
                           .arg(m_segment)
                           .arg(m_reports.size()),
                       error);
    // The reports' grams merged in key order (the order of pages), a gram's entries in report order.
    QByteArray entries, positions;
    GramText text;
    written = written
        && mergeSorted(
                  m_reports.size(), [&](qsizetype report) { return m_reports[report].grams.keys.size(); },
                  [&](qsizetype report, qsizetype i) { return m_reports[report].grams.keys[i]; },
                  [&](qsizetype report, qsizetype i) {
                      const TextGrams &grams = m_reports[report].grams;
                      appendVarint(entries, quint64(m_reports[report].id));
                      appendVarint(entries, quint64(m_segment));
                      appendVarint(entries, quint64(grams.counts[i]));
                      int previous = 0;
                      for (int p = grams.positionStarts[i]; p < grams.positionStarts[i + 1]; ++p) {
                          appendVarint(positions, quint64(grams.positions[p] - previous));
                          previous = grams.positions[p];
                      }
                  },
                  [&](quint64 key) {
                      const bool appended =
                          (isPair(key) ? pairs : characters).append(gramText(key, text), entries, positions, error);
                      entries.resize(0);
                      positions.resize(0);
                      return appended;
                  });
    QList<qint64> ids;
    for (const Pending &report : std::as_const(m_reports))
        ids.append(report.id);
    written = written && characters.finish(error) && pairs.finish(error)
        && run(library,
               QStringLiteral("UPDATE report_texts SET indexed_in = %1 WHERE report_id IN (%2)")
                   .arg(m_segment)
                   .arg(Sql::idList(ids)),
               error);
    clear();
    if (!written)
        return false;
    QSqlQuery lock(library.database());
    if (!lock.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(MergeLockKey)) || !lock.next())
        return Sql::failed(lock, error);
    if (!lock.value(0).toBool())
        return true; // another client is merging
    for (int level = 0; level < MaxMergedLevel; ++level)
        if (!mergeLevel(library, level, error))
            return false;
    return true;
}

bool SearchPostings::indexUnindexed(Library &library, QString *error)
{
    QSqlQuery q(library.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT report_id FROM report_texts WHERE indexed_in IS NULL ORDER BY report_id")))
        return Sql::failed(q, error);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    constexpr qsizetype Batch = 16;
    SearchPostings postings;
    for (qsizetype from = 0; from < ids.size(); from += Batch) {
        if (!q.exec(QStringLiteral("SELECT report_id, clean_text FROM report_texts WHERE report_id IN (%1) "
                                   "ORDER BY report_id")
                        .arg(Sql::idList(ids.mid(from, Batch)))))
            return Sql::failed(q, error);
        // Read first: a forward-only result is fetched row by row, and add() runs statements.
        QList<std::pair<qint64, QString>> texts;
        while (q.next())
            texts.append({q.value(0).toLongLong(), q.value(1).toString()});
        for (const auto &[id, text] : std::as_const(texts))
            if (!postings.add(library, id, SearchIndex::fold(text), error))
                return false;
        if (!postings.write(library, error))
            return false;
    }
    return true;
}

} // namespace ReportLens
