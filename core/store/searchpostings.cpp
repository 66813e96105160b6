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
// MaxMergedLevel is never merged further. An import commits up to 16 reports at a time, so the
// merged segments hold about 256 reports: every entry is written twice (each level costs a
// rewrite of everything), and a gram has a page in a few dozen segments at 10,000 reports.
constexpr int MergeFanout = 16;
constexpr int MaxMergedLevel = 1;
// One client merges at a time (pg_try_advisory_xact_lock): another one skips and leaves it to the
// next write.
constexpr qint64 MergeLockKey = 0x524c6d6572676573;

bool isSpace(char32_t c)
{
    return isTokenSeparator(c);
}

quint64 gramKey(char32_t first, char32_t second = 0)
{
    return quint64(first) << 32 | second;
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
    m_grams.clear();
}

bool SearchPostings::add(Library &library, qint64 reportId, const QString &folded, QString *error)
{
    // A segment's reports ascend, so that a query can walk the records of several grams side by
    // side (SearchPostings::find): a report that does not follow the last one starts a new segment.
    // So does the same report twice in one transaction (stored, then replaced), whose first entries
    // the second indexing marks stale.
    if (!m_reports.isEmpty() && reportId <= m_reports.last() && !write(library, error))
        return false;
    if (m_segment == 0) {
        QSqlQuery q(library.database());
        if (!q.exec(QStringLiteral("SELECT nextval('search_segment_ids')")) || !q.next())
            return Sql::failed(q, error);
        m_segment = q.value(0).toLongLong();
    }
    m_reports.append(reportId);

    struct Local
    {
        qsizetype first = -1; // the character where the gram first stands
        int count = 0;
        QList<int> positions;
    };
    QHash<quint64, Local> local;
    local.reserve(folded.size() / 2);
    const QList<Character> text = characters(folded);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSpace(text[i].code))
            continue;
        Local &single = local[gramKey(text[i].code)];
        if (single.first < 0)
            single.first = i;
        ++single.count;
        if (i + 1 < text.size() && !isSpace(text[i + 1].code)) {
            Local &pair = local[gramKey(text[i].code, text[i + 1].code)];
            if (pair.first < 0)
                pair.first = i;
            ++pair.count;
            pair.positions.append(int(text[i].offset));
        }
    }
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        Gram &gram = m_grams[it.key()];
        if (gram.text.isEmpty()) {
            const qsizetype i = it->first;
            gram.pair = (it.key() & 0xffffffffu) != 0;
            const qsizetype last = i + (gram.pair ? 2 : 1);
            const qsizetype end = last < text.size() ? text[last].offset : folded.size();
            gram.text = folded.mid(text[i].offset, end - text[i].offset);
        }
        appendVarint(gram.entries, quint64(reportId));
        appendVarint(gram.entries, quint64(m_segment));
        appendVarint(gram.entries, quint64(it->count));
        int previous = 0;
        for (const int position : it->positions) {
            appendVarint(gram.positions, quint64(position - previous));
            previous = position;
        }
    }
    return true;
}

bool SearchPostings::write(Library &library, QString *error)
{
    if (isEmpty())
        return true;
    // Pages hold grams in byte order of their UTF-8.
    QList<std::pair<QByteArray, const Gram *>> sorted;
    sorted.reserve(m_grams.size());
    for (const Gram &gram : std::as_const(m_grams))
        sorted.append({gram.text.toUtf8(), &gram});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    PageWriter characters(library, m_segment, Characters), pairs(library, m_segment, Pairs);
    // The segment first (pages refer to it), then the reports say where their entries are: the
    // trigger on report_texts lists the entries this replaces as stale.
    bool written = run(library,
                       QStringLiteral("INSERT INTO search_segments (id, level, reports) VALUES (%1, 0, %2)")
                           .arg(m_segment)
                           .arg(m_reports.size()),
                       error);
    for (qsizetype i = 0; written && i < sorted.size(); ++i) {
        const auto &[utf8, gram] = sorted[i];
        written = gram->pair ? pairs.append(utf8, pairRecord(gram->entries, gram->positions), error)
                             : characters.append(utf8, gram->entries, error);
    }
    written = written && characters.finish(error) && pairs.finish(error)
        && run(library,
               QStringLiteral("UPDATE report_texts SET indexed_in = %1 WHERE report_id IN (%2)")
                   .arg(m_segment)
                   .arg(Sql::idList(m_reports)),
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
