#include "searchpostings.h"
#include "searchpages.h"

#include "fts5extensions.h"
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
#include <optional>

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

// A character (code point) of a folded text and where it starts, in UTF-16 code units.
struct Character
{
    char32_t code;
    qsizetype offset;
};

QList<Character> characters(const QString &text)
{
    QList<Character> result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        result.append({pair ? QChar::surrogateToUcs4(text[i], text[i + 1]) : char32_t(text[i].unicode()), i});
        i += pair ? 2 : 1;
    }
    return result;
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
        && mergePages(library, merged, id, Counts, error) && mergePages(library, merged, id, Positions, error)
        && run(library, QStringLiteral("DELETE FROM search_segments WHERE id IN (%1)").arg(merged), error);
}

// A connection's statements prepared through libpq, by connection and server process (a
// reconnection has another process, even at the same address).
QSet<std::pair<const PGconn *, int>> preparedPageReads;
QMutex preparedPageReadsLock;

// Reads, per gram of @p grams (a bytea array literal) and segment, the page of each kind of
// @p kinds that holds the gram, through libpq in binary, and hands each to @p page.
bool readPages(Library &library, const QString &grams, const char *kinds,
               const std::function<void(const QByteArray &, qint64, int, const QByteArray &)> &page, QString *error)
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
                "SELECT g.gram, s.id, k.kind, p.data FROM unnest($1::bytea[]) AS g(gram) CROSS JOIN search_segments "
                "s CROSS JOIN unnest($2::smallint[]) AS k(kind) CROSS JOIN LATERAL (SELECT data FROM search_pages "
                "WHERE segment = s.id AND kind = k.kind AND first_gram <= g.gram ORDER BY first_gram DESC LIMIT 1) p",
                2, nullptr);
            if (PQresultStatus(prepared) != PGRES_COMMAND_OK)
                return fail(prepared);
            PQclear(prepared);
            preparedPageReads.insert(key);
        }
    }
    const QByteArray gramsValue = grams.toLatin1();
    const char *values[] = {gramsValue.constData(), kinds};
    PGresult *result = PQexecPrepared(connection, name, 2, values, nullptr, nullptr, 1);
    if (PQresultStatus(result) != PGRES_TUPLES_OK)
        return fail(result);
    const auto bytes = [&](int row, int column) {
        return QByteArray(PQgetvalue(result, row, column), PQgetlength(result, row, column));
    };
    for (int row = 0, rows = PQntuples(result); row < rows; ++row)
        page(bytes(row, 0), qFromBigEndian<qint64>(PQgetvalue(result, row, 1)),
             qFromBigEndian<qint16>(PQgetvalue(result, row, 2)), bytes(row, 3));
    PQclear(result);
    return true;
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
    // The same report twice in one transaction (stored, then replaced): its first entries go to a
    // segment of their own, which the second indexing marks stale.
    if (m_reports.contains(reportId) && !write(library, error))
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
    PageWriter counts(library, m_segment, Counts), positions(library, m_segment, Positions);
    // The segment first (pages refer to it), then the reports say where their entries are: the
    // trigger on report_texts lists the entries this replaces as stale.
    bool written = run(library,
                       QStringLiteral("INSERT INTO search_segments (id, level, reports) VALUES (%1, 0, %2)")
                           .arg(m_segment)
                           .arg(m_reports.size()),
                       error);
    for (qsizetype i = 0; written && i < sorted.size(); ++i) {
        const auto &[utf8, gram] = sorted[i];
        written = counts.append(utf8, gram->entries, error)
            && (!gram->pair || positions.append(utf8, gram->positions, error));
    }
    written = written && counts.finish(error) && positions.finish(error)
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
        if (!q.exec(QStringLiteral("SELECT report_id, clean_text FROM report_texts WHERE report_id IN (%1)")
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

QList<SearchMatch> SearchPostings::find(Library &library, const QString &run, QString *error)
{
    QList<SearchMatch> matches;
    const QList<Character> query = characters(run);
    if (query.isEmpty())
        return matches;
    // The pairs that cover the query: every other one from the first, and the last. A report
    // holds the query at p when each chosen pair stands at p plus its offset in the query.
    QList<qsizetype> chosen;
    if (query.size() > 2) {
        for (qsizetype k = 0; k + 1 < query.size(); k += 2)
            chosen.append(k);
        if (chosen.last() != query.size() - 2)
            chosen.append(query.size() - 2);
    }
    const auto gramAt = [&](qsizetype k) {
        const qsizetype end = k + 2 < query.size() ? query[k + 2].offset : run.size();
        return run.mid(query[k].offset, end - query[k].offset);
    };
    QStringList grams;
    if (chosen.isEmpty())
        grams.append(run);
    for (const qsizetype k : std::as_const(chosen))
        grams.append(gramAt(k));
    grams.removeDuplicates();

    QString staleError;
    const QSet<std::pair<qint64, qint64>> stale = staleEntries(library, &staleError);
    if (!staleError.isEmpty()) {
        if (error)
            *error = staleError;
        return matches;
    }
    // Per gram and segment, the page that holds the gram if the segment has it (the last page
    // beginning at or before it); then the gram's record in it.
    QList<QByteArray> utf8;
    for (const QString &gram : std::as_const(grams))
        utf8.append(gram.toUtf8());
    struct Found
    {
        QByteArray entries;
        QByteArray positions;
    };
    QHash<QByteArray, QMap<qint64, Found>> found; // gram → segment → its data there
    const bool read = readPages(
        library, byteaArray(utf8), chosen.isEmpty() ? "{0}" : "{0,1}",
        [&](const QByteArray &gram, qint64 segment, int kind, const QByteArray &page) {
            if (QByteArray data = recordOf(page, gram); !data.isNull()) {
                Found &f = found[gram][segment];
                (kind == Counts ? f.entries : f.positions) = data;
            }
        },
        error);
    if (!read)
        return matches;
    // A longer query: only the reports holding every chosen pair need their positions.
    std::optional<QSet<qint64>> candidates;
    if (!chosen.isEmpty())
        for (auto g = found.cbegin(); g != found.cend(); ++g) {
            QSet<qint64> holding;
            for (const Found &f : g.value())
                for (VarintReader entries(f.entries); !entries.atEnd();) {
                    const auto report = qint64(entries.next());
                    const auto segment = qint64(entries.next());
                    entries.next(); // the count
                    if (!stale.contains({report, segment}))
                        holding.insert(report);
                }
            candidates = candidates ? candidates->intersect(holding) : holding;
        }
    // Per gram, per report: its count, and (pairs of a longer query) its positions.
    QHash<QString, QHash<qint64, QList<int>>> positions;
    QHash<qint64, int> counts;
    for (auto g = found.cbegin(); g != found.cend(); ++g) {
        QHash<qint64, QList<int>> &gramPositions = positions[QString::fromUtf8(g.key())];
        for (const Found &f : g.value()) {
            VarintReader entries(f.entries);
            VarintReader at(f.positions);
            while (!entries.atEnd()) {
                const auto report = qint64(entries.next());
                const auto segment = qint64(entries.next());
                const auto count = int(entries.next());
                const bool live = !stale.contains({report, segment}) && (!candidates || candidates->contains(report));
                if (chosen.isEmpty()) {
                    if (live)
                        counts[report] += count;
                    continue;
                }
                QList<int> list;
                if (live)
                    list.reserve(count);
                int position = 0;
                for (int i = 0; i < count; ++i) {
                    position += int(at.next());
                    if (live)
                        list.append(position);
                }
                if (live)
                    gramPositions.insert(report, std::move(list));
            }
        }
    }
    if (!chosen.isEmpty()) {
        // Each chosen pair's positions by report, looked up once, not once per report.
        for (const QString &gram : std::as_const(grams))
            positions[gram]; // every key first: an insertion may move the others
        QList<const QHash<qint64, QList<int>> *> chosenPositions;
        for (const qsizetype k : std::as_const(chosen))
            chosenPositions.append(&*positions.constFind(gramAt(k)));
        const QHash<qint64, QList<int>> &first = *chosenPositions.first();
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            QList<std::pair<const QList<int> *, qsizetype>> others; // the positions of each other pair, and its offset
            for (qsizetype c = 1; c < chosen.size(); ++c) {
                const auto pair = chosenPositions[c]->constFind(it.key());
                if (pair == chosenPositions[c]->cend()) {
                    others.clear();
                    break;
                }
                others.append({&*pair, query[chosen[c]].offset});
            }
            if (others.isEmpty())
                continue;
            QList<qsizetype> cursor(others.size(), 0);
            int hits = 0;
            for (const int p : *it) {
                bool all = true;
                for (qsizetype o = 0; o < others.size() && all; ++o) {
                    const QList<int> &list = *others[o].first;
                    const qsizetype wanted = p + others[o].second;
                    while (cursor[o] < list.size() && list[cursor[o]] < wanted)
                        ++cursor[o];
                    all = cursor[o] < list.size() && list[cursor[o]] == wanted;
                }
                hits += all;
            }
            if (hits > 0)
                counts.insert(it.key(), hits);
        }
    }
    matches.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > 0)
            matches.append(SearchMatch{it.key(), it.value()});
    std::sort(matches.begin(), matches.end(),
              [](const SearchMatch &a, const SearchMatch &b) { return a.reportId < b.reportId; });
    return matches;
}

} // namespace ReportLens
