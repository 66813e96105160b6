#include "searchindex.h"
#include "model/sectiontree.h"

#include "sqlsupport.h"

#include "fts5extensions.h"
#include "library.h"
#include "reportstore.h"
#include "searchpostings.h"
#include "util/scriptfolding.h"

#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ReportLens {

namespace {

constexpr qsizetype SnippetContext = 30;

bool isTokenSpace(QChar c)
{
    return isTokenSeparator(c.unicode());
}

// Start offsets of @p query in @p text (both folded), at most @p limit (< 0: all). Overlapping
// occurrences count, as they do in the index's phrase matches (哈哈 is twice in 哈哈哈).
QList<qsizetype> occurrences(const QString &text, const QString &query, int limit)
{
    QList<qsizetype> starts;
    for (qsizetype from = 0; (from = text.indexOf(query, from)) >= 0 && (limit < 0 || starts.size() < limit); ++from)
        starts.append(from);
    return starts;
}

// The runs of @p text between token separators, each as its list of characters (a surrogate pair
// is one character).
QList<QList<QStringView>> characterRuns(const QString &text)
{
    QList<QList<QStringView>> runs(1);
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype width = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        if (isTokenSpace(text[i])) {
            if (!runs.last().isEmpty())
                runs.append(QList<QStringView>());
        } else {
            runs.last().append(QStringView(text).mid(i, width));
        }
        i += width;
    }
    if (runs.last().isEmpty())
        runs.removeLast();
    return runs;
}

} // namespace

QString SearchIndex::fold(const QString &text)
{
    const char16_t *script = ScriptFolding::table();
    QString folded(text.size(), Qt::Uninitialized);
    const auto *in = reinterpret_cast<const char16_t *>(text.constData());
    auto *out = reinterpret_cast<char16_t *>(folded.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = script[in[i]];
        out[i] = c >= u'A' && c <= u'Z' ? char16_t(c - u'A' + u'a') : c;
    }
    return folded;
}

QString wrapSpans(const QString &text, const QList<TextSpan> &spans, const QString &open, const QString &close)
{
    QString wrapped;
    qsizetype done = 0;
    for (const TextSpan &span : spans) {
        wrapped += QStringView(text).mid(done, span.start - done);
        wrapped += open;
        wrapped += QStringView(text).mid(span.start, span.length);
        wrapped += close;
        done = span.start + span.length;
    }
    wrapped += QStringView(text).mid(done);
    return wrapped;
}

SearchIndex::SearchIndex(Library &library)
    : m_library(library)
{ }

QString SearchIndex::ftsQuery(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    // A lone last character is indexed as the start of a bigram unless a space follows it in the
    // text: any token that begins with it matches.
    qsizetype last = text.size() - 1;
    bool loneLast = false;
    if (last >= 0 && !isTokenSpace(text[last])) {
        if (last > 0 && text[last].isLowSurrogate() && text[last - 1].isHighSurrogate())
            --last;
        loneLast = last == 0 || isTokenSpace(text[last - 1]);
    }
    return u'"' + escaped + (loneLast ? QStringLiteral("\" *") : QStringLiteral("\""));
}

QList<SearchMatch> SearchIndex::matchingReports(const QString &rawQuery, QString *error) const
{
    const QString query = rawQuery.trimmed();
    if (query.isEmpty())
        return {};
    if (m_library.engine() == Engine::PostgreSQL)
        return matchingReportsOnServer(query, error);
    QList<SearchMatch> matches;
    readFts5(
        query, {}, {},
        [&](const SearchMatch &match) {
            matches.append(match);
            return true;
        },
        error);
    std::sort(matches.begin(), matches.end(),
              [](const SearchMatch &a, const SearchMatch &b) { return a.reportId < b.reportId; });
    return matches;
}

QString SearchIndex::searchKeySql(const QString &reports)
{
    // searchKey() in SQL, for reports of known year.
    return QStringLiteral("((%1.year << 32) | %1.id)").arg(reports);
}

bool SearchIndex::keysAnswer(const QString &query) const
{
    return m_library.engine() == Engine::SQLite && std::none_of(query.cbegin(), query.cend(), isTokenSpace);
}

QHash<qint64, int> SearchIndex::hitCounts(const QString &query, QString *error) const
{
    QHash<qint64, int> hits;
    for (const SearchMatch &match : matchingReports(query, error))
        hits.insert(match.reportId, match.hitCount);
    return hits;
}

QList<EarliestMatch> SearchIndex::earliestMatchPerRegion(const QString &rawQuery, const QString &region,
                                                         QString *error) const
{
    const QString query = rawQuery.trimmed();
    if (query.isEmpty())
        return {};
    QHash<QString, EarliestMatch> earliest;
    const auto keep = [&](const QString &place, int year, const SearchMatch &match) {
        EarliestMatch &e = earliest[place];
        if (e.match.reportId == 0 || year < e.year || (year == e.year && match.reportId < e.match.reportId))
            e = {place, year, match};
    };
    // With spaces inside, the index's matches are candidates the texts confirm: the earliest
    // candidate may not be a match, so every match is read.
    if (!keysAnswer(query)) {
        const QHash<qint64, int> hits = hitCounts(query, error);
        if (!hits.isEmpty())
            for (const DatedReport &r : ReportStore(m_library).datedReports(region, error))
                if (const auto found = hits.constFind(r.id); found != hits.cend())
                    keep(r.region, r.year, {r.id, *found});
        return earliest.values();
    }
    // The reports' index by region and year is walked once; each entry's search key is looked up
    // in the query's matches, read once from the index.
    const Fts5Source source = fts5Source(query);
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.region, min(%3) FROM reports r INDEXED BY reports_region_year "
                             "WHERE r.year > 0%1 AND %3 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?) GROUP BY r.region")
                  .arg(region.isEmpty() ? QString() : QStringLiteral(" AND r.region = ?"), source.table,
                       searchKeySql(QStringLiteral("r"))));
    if (!region.isEmpty())
        q.addBindValue(region);
    q.addBindValue(source.match);
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return {};
    }
    // By report: its region and year (the key holds the year above the id).
    QHash<qint64, std::pair<QString, int>> chosen;
    QStringList keys;
    while (q.next()) {
        const qint64 key = q.value(1).toLongLong();
        chosen.insert(reportOfKey(key), {q.value(0).toString(), int(key >> 32)});
        keys.append(QString::number(key));
    }
    if (chosen.isEmpty())
        return {};
    readFts5(
        query, QStringLiteral("rowid IN (%1)").arg(keys.join(u',')), {},
        [&](const SearchMatch &match) {
            const auto &[place, year] = chosen.value(match.reportId);
            keep(place, year, match);
            return true;
        },
        error);
    return earliest.values();
}

QList<YearHits> SearchIndex::hitsPerYear(const QString &rawQuery, const QStringList &regions, QString *error) const
{
    const QString query = rawQuery.trimmed();
    if (query.isEmpty())
        return {};
    // By region (empty: all) and year.
    std::map<std::pair<QString, int>, qint64> sums;
    // With spaces inside, or in a team library, every match is read and added up here.
    if (!keysAnswer(query)) {
        const QHash<qint64, int> hits = hitCounts(query, error);
        if (!hits.isEmpty())
            for (const DatedReport &r : ReportStore(m_library).datedReports({}, error))
                if (const int h = hits.value(r.id); h > 0 && (regions.isEmpty() || regions.contains(r.region)))
                    sums[{regions.isEmpty() ? QString() : r.region, r.year}] += h;
    } else {
        const Fts5Source source = fts5Source(query);
        QSqlQuery q(m_library.database());
        const auto run = [&](const QString &sql, const QVariantList &values = {}) {
            q.prepare(sql);
            for (const QVariant &value : values)
                q.addBindValue(value);
            if (q.exec())
                return true;
            Sql::readFailed(q, error);
            return false;
        };
        // The index gives the matches in key order: appended to the table's b-tree as they come.
        if (!run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS keyword_hits (search_key INTEGER PRIMARY KEY, "
                                "hits INTEGER NOT NULL)")))
            return {};
        const auto cleared = qScopeGuard([&] { q.exec(QStringLiteral("DELETE FROM temp.keyword_hits")); });
        QVariantList regionValues;
        for (const QString &region : regions)
            regionValues.append(region);
        const QString placeholders = QStringList(regions.size(), QStringLiteral("?")).join(u',');
        if (!run(QStringLiteral("INSERT INTO temp.keyword_hits SELECT rowid, %1(%2) FROM %2 WHERE %2 MATCH ? AND "
                                "rowid >= %3")
                     .arg(source.countFunction, source.table)
                     .arg(FirstDatedKey),
                 {source.match})
            || !run(regions.isEmpty()
                        ? QStringLiteral("SELECT '', search_key >> 32, sum(hits) FROM temp.keyword_hits GROUP BY 2")
                        : QStringLiteral("SELECT r.region, r.year, sum(k.hits) FROM reports r JOIN temp.keyword_hits k "
                                         "ON k.search_key = %2 WHERE r.year > 0 AND r.region IN (%1) "
                                         "GROUP BY r.region, r.year")
                              .arg(placeholders, searchKeySql(QStringLiteral("r"))),
                    regionValues))
            return {};
        while (q.next())
            sums[{q.value(0).toString(), q.value(1).toInt()}] += q.value(2).toLongLong();
    }
    QList<YearHits> list;
    for (const auto &[key, hits] : sums)
        list.append({key.first, key.second, hits});
    return list;
}

QList<SearchMatch> SearchIndex::firstMatches(const QString &rawQuery, SearchOrder order, int limit,
                                             QString *error) const
{
    const QString query = rawQuery.trimmed();
    if (query.isEmpty() || limit <= 0)
        return {};
    if (!readsOnlyTheFirstPage(order)) {
        QList<SearchMatch> matches = matchingReports(query, error);
        sort(matches, order);
        return matches.mid(0, limit);
    }
    QList<SearchMatch> matches;
    const auto take = [&](const SearchMatch &match) {
        matches.append(match);
        return matches.size() < limit;
    };
    // Unknown years (keys below FirstDatedKey) come last either way: after the others backwards,
    // or read after them forwards.
    if (order == SearchOrder::Newest)
        readFts5(query, {}, QStringLiteral("DESC"), take, error);
    else if (readFts5(query, QStringLiteral("rowid >= %1").arg(FirstDatedKey), QStringLiteral("ASC"), take, error)
             && matches.size() < limit)
        readFts5(query, QStringLiteral("rowid < %1").arg(FirstDatedKey), QStringLiteral("ASC"), take, error);
    return matches;
}

SearchIndex::Fts5Source SearchIndex::fts5Source(const QString &query)
{
    // One character: the index of characters knows which reports hold it and how often.
    const bool oneCharacter = !isTokenSpace(query[0])
        && (query.size() == 1 || (query.size() == 2 && query[0].isHighSurrogate() && query[1].isLowSurrogate()));
    if (!oneCharacter)
        return {QLatin1String("search_index"), QLatin1String(HitCountFunctionName), ftsQuery(query)};
    QString escaped = query;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return {QLatin1String("search_characters"), QLatin1String(CharacterCountFunctionName), u'"' + escaped + u'"'};
}

bool SearchIndex::readsOnlyTheFirstPage(SearchOrder order) const
{
    return m_library.engine() == Engine::SQLite && order != SearchOrder::MostHits;
}

void SearchIndex::sort(QList<SearchMatch> &matches, SearchOrder order) const
{
    if (order == SearchOrder::MostHits) {
        std::stable_sort(matches.begin(), matches.end(),
                         [](const SearchMatch &a, const SearchMatch &b) { return a.hitCount > b.hitCount; });
        return;
    }
    // By search key, as the SQLite index orders: by year, then id; unknown years last either way.
    QHash<qint64, qint64> keys;
    for (const DatedReport &r : ReportStore(m_library).datedReports())
        keys.insert(r.id, searchKey(r.year, r.id));
    const auto keyOf = [&](const SearchMatch &m) { return keys.value(m.reportId, m.reportId); };
    std::sort(matches.begin(), matches.end(), [&](const SearchMatch &a, const SearchMatch &b) {
        const qint64 ka = keyOf(a), kb = keyOf(b);
        if ((ka >= FirstDatedKey) != (kb >= FirstDatedKey))
            return ka >= FirstDatedKey;
        return order == SearchOrder::Newest ? ka > kb : ka < kb;
    });
}

bool SearchIndex::readFts5(const QString &query, const QString &keyRange, const QString &orderBy,
                           const std::function<bool(const SearchMatch &)> &take, QString *error) const
{
    const Fts5Source source = fts5Source(query);
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid, %1(%2) FROM %2 WHERE %2 MATCH ?%3 ORDER BY rowid %4")
                  .arg(source.countFunction, source.table,
                       keyRange.isEmpty() ? QString() : QStringLiteral(" AND ") + keyRange,
                       orderBy.isEmpty() ? QStringLiteral("ASC") : orderBy));
    q.addBindValue(source.match);
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return false;
    }
    const QString folded = SearchIndex::fold(query);
    const bool confirm = std::any_of(query.cbegin(), query.cend(), isTokenSpace);
    const ReportStore store(m_library);
    while (q.next()) {
        SearchMatch match{reportOfKey(q.value(0).toLongLong()), q.value(1).toInt()};
        if (confirm) {
            // The index ignores how much space there is, and where lines break: the text decides.
            match.hitCount = int(occurrences(SearchIndex::fold(store.cleanText(match.reportId)), folded, -1).size());
            if (match.hitCount == 0)
                continue;
        }
        if (!take(match))
            return true;
    }
    return true;
}

// A team library's own index (SearchPostings) answers a query without spaces. With spaces inside,
// the reports holding each of its runs are read and the texts decide, as FTS5's are.
QList<SearchMatch> SearchIndex::matchingReportsOnServer(const QString &query, QString *error) const
{
    const QString folded = SearchIndex::fold(query);
    const QList<QList<QStringView>> runs = characterRuns(folded);
    if (runs.size() == 1)
        return SearchPostings::find(m_library, folded, error);
    QList<SearchMatch> matches;
    QSet<qint64> candidates;
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const QString run =
            QStringView(runs[r].first().data(), runs[r].last().data() + runs[r].last().size()).toString();
        QSet<qint64> holding;
        for (const SearchMatch &match : SearchPostings::find(m_library, run, error))
            holding.insert(match.reportId);
        if (error && !error->isEmpty())
            return matches;
        candidates = r == 0 ? holding : candidates.intersect(holding);
    }
    QList<qint64> ids(candidates.cbegin(), candidates.cend());
    std::sort(ids.begin(), ids.end());
    const ReportStore store(m_library);
    constexpr qsizetype TextsPerRead = 64; // a round trip per page of texts, not one per report
    for (qsizetype from = 0; from < ids.size(); from += TextsPerRead) {
        const QList<qint64> page = ids.mid(from, TextsPerRead);
        const QHash<qint64, QString> texts = store.cleanTexts(page);
        for (const qint64 id : page)
            if (const auto hits = int(occurrences(SearchIndex::fold(texts.value(id)), folded, -1).size()); hits > 0)
                matches.append(SearchMatch{id, hits});
    }
    return matches;
}

int SearchIndex::reportsContaining(const QString &rawTerm, QString *error) const
{
    const QString term = rawTerm.trimmed();
    if (term.isEmpty())
        return 0;
    if (m_library.engine() == Engine::PostgreSQL)
        return int(matchingReports(term, error).size());
    const Fts5Source source = fts5Source(term);
    std::optional<QSqlQuery> &counting = m_countQueries[source.table];
    if (!counting) {
        counting.emplace(m_library.database());
        counting->prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(source.table));
    }
    QSqlQuery &q = *counting;
    q.addBindValue(source.match);
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return 0;
    }
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

QList<SearchHit> SearchIndex::hitsIn(qint64 reportId, const QString &query, int limit) const
{
    return hitsIn(QList<qint64>{reportId}, query, limit).value(reportId);
}

QHash<qint64, QList<SearchHit>> SearchIndex::hitsIn(const QList<qint64> &reportIds, const QString &rawQuery,
                                                    int limit) const
{
    QHash<qint64, QList<SearchHit>> byReport;
    const QString query = rawQuery.trimmed();
    if (query.isEmpty() || reportIds.isEmpty())
        return byReport;
    const QString foldedQuery = SearchIndex::fold(query);
    const ReportStore store(m_library);
    const QHash<qint64, QString> texts = store.cleanTexts(reportIds);
    QHash<qint64, QList<qsizetype>> starts; // of the reports with hits: only their outlines are read
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        if (QList<qsizetype> found = occurrences(SearchIndex::fold(it.value()), foldedQuery, limit); !found.isEmpty())
            starts.insert(it.key(), found);
    const QList<qint64> holding = starts.keys();
    const QHash<qint64, QList<Section>> outlines = store.outlines(holding);
    for (const qint64 reportId : holding) {
        const QString &text = texts[reportId];
        const QList<Section> outline = outlines.value(reportId);
        QList<SearchHit> &hits = byReport[reportId];
        for (const qsizetype start : starts[reportId]) {
            SearchHit hit;
            hit.reportId = reportId;
            hit.start = start;
            hit.end = start + query.size();
            hit.sectionTitles = SectionTree::titlesAt(outline, hit.start);
            // The snippet stays within the hit's line, as a search result shows one paragraph's words.
            const qsizetype lineStart = text.lastIndexOf(u'\n', start) + 1;
            qsizetype lineEnd = text.indexOf(u'\n', hit.end);
            if (lineEnd < 0)
                lineEnd = text.size();
            const qsizetype before = std::max(lineStart, start - SnippetContext);
            const qsizetype after = std::min(lineEnd, hit.end + SnippetContext);
            const QString lead = before > lineStart ? QStringLiteral("…") : QString();
            hit.snippet = lead + text.mid(before, after - before) + (after < lineEnd ? QStringLiteral("…") : QString());
            hit.snippetMatches = {TextSpan{lead.size() + start - before, query.size()}};
            hits.append(hit);
        }
    }
    return byReport;
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit, QString *error) const
{
    QList<SearchHit> hits;
    const QList<SearchMatch> matches = matchingReports(query, error);
    // A few reports per read: a round trip each to a team library, not one per report.
    constexpr qsizetype ReportsPerRead = 16;
    for (qsizetype from = 0; from < matches.size() && (limit < 0 || hits.size() < limit); from += ReportsPerRead) {
        QList<qint64> ids;
        for (qsizetype i = from; i < std::min(from + ReportsPerRead, matches.size()); ++i)
            ids.append(matches[i].reportId);
        const QHash<qint64, QList<SearchHit>> found = hitsIn(ids, query, limit < 0 ? -1 : int(limit - hits.size()));
        for (const qint64 id : std::as_const(ids)) {
            hits += found.value(id);
            if (limit >= 0 && hits.size() >= limit)
                return hits.mid(0, limit);
        }
    }
    return hits;
}

} // namespace ReportLens
