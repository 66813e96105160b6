// The reading half of SearchPostings: a query's pages read in one statement, and its matches
// counted from them.

#include "searchpages.h"
#include "searchpostings.h"

#include "library.h"
#include "searchindex.h"
#include "sqlsupport.h"

#include <QMap>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

// Qt's PostgreSQL driver reads every result as text, so a bytea arrives hex-encoded: twice the bytes,
// and encoding and decoding them cost more than finding the pages. The pages of a query are read
// through libpq (which that driver is built on) on the driver's own connection, in binary.
#include <libpq-fe.h>

#include <algorithm>
#include <functional>
#include <numeric>

namespace ReportLens {

using namespace SearchPages;

namespace {

// Entries left behind by a report indexed again or deleted: (report, segment it was indexed in).
QSet<std::pair<qint64, qint64>> staleEntries(Library &library, QString *error)
{
    QSet<std::pair<qint64, qint64>> stale;
    QSqlQuery &q = library.prepared(QStringLiteral("SELECT report_id, segment FROM search_stale"));
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return stale;
    }
    while (q.next())
        stale.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    return stale;
}

// A connection's statements prepared through libpq, by connection and server process (a
// reconnection has another process, even at the same address).
QSet<std::pair<const PGconn *, int>> preparedPageReads;
QMutex preparedPageReadsLock;

// Reads, per gram of @p grams and segment, the page of @p kind that holds the gram, through libpq
// in binary, and hands each (gram index, segment, page) to @p page; the page's bytes live until
// @p page returns.
bool readPages(Library &library, const QList<QByteArray> &grams, Kind kind,
               const std::function<void(qsizetype, qint64, QByteArrayView)> &page, QString *error)
{
    const QVariant handle = library.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0) {
        if (error)
            *error = QStringLiteral("the team library's connection is not a PostgreSQL one");
        return false;
    }
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    const char *name = "reportlens_search_pages";
    const auto fail = [&](PGresult *result) {
        PQclear(result);
        return Sql::readFailed(QString::fromUtf8(PQerrorMessage(connection)).trimmed(), error);
    };
    {
        const QMutexLocker locker(&preparedPageReadsLock);
        const std::pair<const PGconn *, int> key{connection, PQbackendPID(connection)};
        if (!preparedPageReads.contains(key)) {
            PGresult *prepared = PQprepare(
                connection, name,
                "SELECT g.n, s.id, p.data FROM unnest($1::bytea[]) WITH ORDINALITY AS g(gram, n) CROSS JOIN "
                "search_segments s CROSS JOIN LATERAL (SELECT data FROM search_pages WHERE segment = s.id AND kind = "
                "$2::smallint AND first_gram <= g.gram ORDER BY first_gram DESC LIMIT 1) p",
                2, nullptr);
            if (PQresultStatus(prepared) != PGRES_COMMAND_OK)
                return fail(prepared);
            PQclear(prepared);
            preparedPageReads.insert(key);
        }
    }
    const QByteArray gramsValue = byteaArray(grams).toLatin1();
    const QByteArray kindValue = QByteArray::number(int(kind));
    const char *values[] = {gramsValue.constData(), kindValue.constData()};
    PGresult *result = PQexecPrepared(connection, name, 2, values, nullptr, nullptr, 1);
    if (PQresultStatus(result) != PGRES_TUPLES_OK)
        return fail(result);
    for (int row = 0, rows = PQntuples(result); row < rows; ++row)
        page(qsizetype(qFromBigEndian<qint64>(PQgetvalue(result, row, 0)) - 1),
             qFromBigEndian<qint64>(PQgetvalue(result, row, 1)),
             QByteArrayView(PQgetvalue(result, row, 2), PQgetlength(result, row, 2)));
    PQclear(result);
    return true;
}

// A gram's record in one segment, entry by entry, with the entry's positions beside it (pairs),
// read as far as they are needed. Entries ascend by (segment indexed in, report) within a segment:
// a level-0 segment's reports ascend (SearchPostings::add), and a merge concatenates segments in
// the order of their ids.
class RecordCursor
{
public:
    RecordCursor(const QByteArray &entries, const QByteArray &positions)
        : m_entries(entries)
        , m_positions(positions)
    { }
    /// Moves to the next entry (the first, at the start), past what is left of this one's
    /// positions: false past the last.
    bool next()
    {
        m_positions.skipVarints(quint64(m_unread));
        if (m_entries.atEnd())
            return false;
        m_report = qint64(m_entries.next());
        m_origin = qint64(m_entries.next());
        m_count = int(m_entries.next());
        m_unread = m_count;
        m_position = 0;
        return true;
    }
    std::pair<qint64, qint64> key() const { return {m_origin, m_report}; }
    qint64 report() const { return m_report; }
    int count() const { return m_count; }
    bool hasPosition() const { return m_unread > 0; }
    /// The entry's next position (ascending).
    int nextPosition()
    {
        --m_unread;
        return m_position += int(m_positions.next());
    }

private:
    VarintReader m_entries;
    VarintReader m_positions;
    qint64 m_report = 0;
    qint64 m_origin = 0;
    int m_count = 0;
    int m_unread = 0;
    int m_position = 0;
};

// A cursor over a record's data (recordOf), read in place (@p data outlives it): its entries, and
// a pair's positions when @p withPositions (a query of one or two characters needs only the counts,
// and its cursor would otherwise step over every position).
RecordCursor cursorOf(const QByteArray &data, Kind kind, bool withPositions)
{
    const auto inPlace = [](QByteArrayView part) { return QByteArray::fromRawData(part.data(), part.size()); };
    if (kind == Characters)
        return RecordCursor(inPlace(data), QByteArray());
    const auto [entries, positions] = splitPairRecord(data);
    return RecordCursor(inPlace(entries), withPositions ? inPlace(positions) : QByteArray());
}

// How often the query stands in the report every cursor is at: where each pair stands, minus its
// offset in the query, is where the query would start; the starts all pairs agree on are hits. The
// rarest pair in the report proposes starts and the others, rarer first, strike out theirs, each
// decoding only as far as the last start left (the rest is skipped undecoded by next()).
int alignedHits(QList<RecordCursor> &cursors, const QList<qsizetype> &offsets, QList<int> &starts)
{
    QList<qsizetype> order(cursors.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return cursors[a].count() < cursors[b].count(); });
    starts.clear();
    for (RecordCursor &first = cursors[order.first()]; first.hasPosition();)
        starts.append(first.nextPosition() - int(offsets[order.first()]));
    for (qsizetype o = 1; o < order.size() && !starts.isEmpty(); ++o) {
        RecordCursor &cursor = cursors[order[o]];
        qsizetype kept = 0;
        qsizetype next = 0;
        while (next < starts.size() && cursor.hasPosition()) {
            const int start = cursor.nextPosition() - int(offsets[order[o]]);
            while (next < starts.size() && starts[next] < start)
                ++next; // no later position of this pair can agree with it
            if (next < starts.size() && starts[next] == start)
                starts[kept++] = starts[next++];
        }
        starts.resize(kept);
    }
    return int(starts.size());
}

} // namespace

QList<SearchMatch> SearchPostings::find(Library &library, const QString &run, QString *error)
{
    QList<SearchMatch> matches;
    const QList<Character> query = characters(run);
    if (query.isEmpty())
        return matches;
    // A one- or two-character query has its entries stored, with their counts. A longer one is
    // covered by pairs: every other one from the first, and the last; a report holds the query at p
    // when each chosen pair stands at p plus its offset in the query.
    QList<qsizetype> chosen;
    if (query.size() > 2) {
        for (qsizetype k = 0; k + 1 < query.size(); k += 2)
            chosen.append(k);
        if (chosen.last() != query.size() - 2)
            chosen.append(query.size() - 2);
    }
    // Named as the index names them (gramKey, gramText).
    const auto gramAt = [&](qsizetype k, bool pair) {
        GramText text;
        return gramText(pair ? gramKey(query[k].code, query[k + 1].code) : gramKey(query[k].code), text).toByteArray();
    };
    QList<QByteArray> grams; // distinct, as UTF-8
    QList<qsizetype> gramOf; // per chosen pair, its index in grams
    QList<qsizetype> offsets; // per chosen pair, its offset in the query
    if (chosen.isEmpty())
        grams.append(gramAt(0, query.size() == 2));
    for (const qsizetype k : std::as_const(chosen)) {
        const QByteArray gram = gramAt(k, true);
        if (!grams.contains(gram))
            grams.append(gram);
        gramOf.append(grams.indexOf(gram));
        offsets.append(query[k].offset);
    }

    QString staleError;
    const QSet<std::pair<qint64, qint64>> stale = staleEntries(library, &staleError);
    if (!staleError.isEmpty()) {
        if (error)
            *error = staleError;
        return matches;
    }
    const auto isLive = [&](qint64 report, qint64 origin) {
        return stale.isEmpty() || !stale.contains({report, origin});
    };

    // Per segment and gram, the data of the gram's record in the page that holds it if the segment
    // has it (the last page beginning at or before it); cursors read it in place.
    QMap<qint64, QList<QByteArray>> segments;
    const Kind kind = query.size() == 1 ? Characters : Pairs;
    const bool read = readPages(
        library, grams, kind,
        [&](qsizetype gram, qint64 segment, QByteArrayView page) {
            QByteArray data = recordOf(page, grams[gram]);
            if (data.isNull())
                return;
            QList<QByteArray> &records = segments[segment];
            records.resize(grams.size());
            records[gram] = std::move(data);
        },
        error);
    if (!read)
        return matches;

    if (chosen.isEmpty()) {
        for (const QList<QByteArray> &records : std::as_const(segments))
            for (RecordCursor entry = cursorOf(records.first(), kind, false); entry.next();)
                if (isLive(entry.report(), entry.key().first))
                    matches.append(SearchMatch{entry.report(), entry.count()});
    } else {
        // Per segment, the chosen pairs' records side by side: a report holding every pair has its
        // positions lined up; the others' are skipped undecoded.
        QList<int> starts;
        for (const QList<QByteArray> &records : std::as_const(segments)) {
            QList<RecordCursor> cursors;
            for (const qsizetype g : std::as_const(gramOf))
                cursors.append(cursorOf(records[g], Pairs, true));
            const auto nextAll = [&] {
                return std::all_of(cursors.begin(), cursors.end(), [](RecordCursor &c) { return c.next(); });
            };
            for (bool more = nextAll(); more;) {
                std::pair<qint64, qint64> key = cursors.first().key();
                for (const RecordCursor &cursor : std::as_const(cursors))
                    key = std::max(key, cursor.key());
                bool aligned = true;
                for (RecordCursor &cursor : cursors)
                    while (more && cursor.key() < key) {
                        more = cursor.next();
                        aligned = false;
                    }
                if (!more || !aligned)
                    continue; // a cursor passed the key: line them up again
                if (isLive(key.second, key.first))
                    if (const int hits = alignedHits(cursors, offsets, starts); hits > 0)
                        matches.append(SearchMatch{key.second, hits});
                more = nextAll();
            }
        }
    }
    std::sort(matches.begin(), matches.end(),
              [](const SearchMatch &a, const SearchMatch &b) { return a.reportId < b.reportId; });
    return matches;
}

} // namespace ReportLens
