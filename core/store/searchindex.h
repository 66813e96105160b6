#pragma once

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

namespace ReportLens {

class Library;

/// A stretch of a text: where it starts and how long it is, in UTF-16 code units.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const TextSpan &a, const TextSpan &b) { return a.start == b.start && a.length == b.length; }
};

/// One occurrence of the query in a report's clean text, as plain data: the window and the
/// command line each decide how to show the match and the section titles.
struct SearchHit
{
    qint64 reportId = 0;
    qsizetype start = 0; ///< UTF-16 offsets in the clean text.
    qsizetype end = 0;
    QStringList sectionTitles; ///< Headings (label and title) of the sections holding the hit, outermost first.
    QString snippet; ///< Plain text around the hit, within its line; "…" where the line goes on.
    QList<TextSpan> snippetMatches; ///< Where the query stands in the snippet.
};

/// @p text with every span of @p spans (in order, not overlapping) between @p open and @p close:
/// how a view or the command line marks the matches in a snippet.
QString wrapSpans(const QString &text, const QList<TextSpan> &spans, const QString &open, const QString &close);

/// A report that contains the query, and how many times.
struct SearchMatch
{
    qint64 reportId = 0;
    int hitCount = 0;
};

/// The earliest report of known year in a region that contains a query (by year, then id).
struct EarliestMatch
{
    QString region; ///< Empty for the reports of unknown place.
    int year = 0;
    SearchMatch match;
};

/// A query's hits in the reports of known year of one year (and one region, or all).
struct YearHits
{
    QString region; ///< Empty when the hits are of every region.
    int year = 0;
    qint64 hits = 0;
};

/// The order of search results: the newest reports first or the oldest first (reports of unknown
/// year last in both), or the reports with most hits first.
enum class SearchOrder { Newest, Oldest, MostHits };

/// Literal full-text search over the whole library, equal to `grep -F` over the clean texts with
/// ASCII letters case-insensitive (hits never span a line break). In an SQLite library FTS5 with
/// the CJK tokenizer answers which reports match and how often from the index alone (its phrase
/// match is exact for a query without spaces); the text of a report is read only to list its hits.
/// A query with spaces inside is confirmed against the text, as the index does not see the spaces.
/// A team library on PostgreSQL has no such tokenizer: an index of its own (SearchPostings) of
/// every character and character pair, with counts and positions, gives the same answers.
class SearchIndex
{
public:
    explicit SearchIndex(Library &library);

    /// Reports containing @p query, in library order (by id).
    QList<SearchMatch> matchingReports(const QString &query, QString *error = nullptr) const;

    /// The first @p limit reports containing @p query in @p order, with their hit counts. In an
    /// SQLite library the newest and the oldest first are read from the index in its own order
    /// (by search key) and reading stops at @p limit: they cost the same in a library of 1,000
    /// reports and of 100,000. Most hits first, and any order in a team library, needs every
    /// match (matchingReports) first.
    QList<SearchMatch> firstMatches(const QString &query, SearchOrder order, int limit, QString *error = nullptr) const;

    /// Whether firstMatches() in @p order reads only its page (an SQLite library, newest or
    /// oldest first): a pane then shows that page, and asks for every match in the same order after.
    bool readsOnlyTheFirstPage(SearchOrder order) const;

    /// Where an SQLite library's search index keeps a report: its year (0 when unknown) above its
    /// id, so that the index's order is by year. Report ids stay below 2^32.
    static qint64 searchKey(int year, qint64 reportId) { return qint64(std::max(year, 0)) << 32 | reportId; }
    static qint64 reportOfKey(qint64 key) { return key & 0xffffffffLL; }
    /// The first key of a report of known year: those below are of reports of unknown year.
    static constexpr qint64 FirstDatedKey = qint64(1) << 32;

    /// Per region, the earliest report of known year containing @p query, with its hit count; only
    /// @p region's when given. In an SQLite library the index's keys and the reports' index by
    /// region and year choose them, and only the chosen reports' hits are counted: at 100,000
    /// reports 粮 is in 95,000 of them.
    QList<EarliestMatch> earliestMatchPerRegion(const QString &query, const QString &region = {},
                                                QString *error = nullptr) const;

    /// The hits of @p query per year in the reports of known year; with @p regions, per region
    /// and year in those regions' reports only. For keyword trends. In an SQLite library the
    /// matches are read once from the index (their keys hold their years) into a temporary table
    /// and, for regions, joined with those regions' reports: at 100,000 reports 粮 is in 95,000.
    QList<YearHits> hitsPerYear(const QString &query, const QStringList &regions = {}, QString *error = nullptr) const;

    /// How many reports contain @p term (a term without spaces: the index alone answers).
    int reportsContaining(const QString &term, QString *error = nullptr) const;

    /// The hits in one report, in text order; at most @p limit (< 0: all).
    QList<SearchHit> hitsIn(qint64 reportId, const QString &query, int limit = -1) const;
    /// The hits in each of the reports @p reportIds, as hitsIn() gives them, reading their texts and
    /// outlines in one statement each (the first screen of results is ten reports).
    QHash<qint64, QList<SearchHit>> hitsIn(const QList<qint64> &reportIds, const QString &query, int limit = -1) const;

    /// Hits in library order (report, then position); at most @p limit (< 0: all).
    QList<SearchHit> search(const QString &query, int limit = 100, QString *error = nullptr) const;

    /// The FTS5 query for @p text: one phrase, with a prefix match when it ends in a lone character.
    static QString ftsQuery(const QString &text);

    /// @p text folded as search compares it: ASCII letters to lower case, Traditional characters
    /// to Simplified; one character for one, so offsets stay valid in the text as written.
    static QString fold(const QString &text);

private:
    /// Where the SQLite index answers @p query: a one-character query the index of characters
    /// (search_characters), any other the index of pairs (search_index).
    struct Fts5Source
    {
        QString table;
        QString countFunction;
        QString match; ///< The FTS5 query.
    };
    static Fts5Source fts5Source(const QString &query);
    /// Orders @p matches as firstMatches() gives them in @p order (the years read from the library),
    /// where the index cannot give them in that order.
    void sort(QList<SearchMatch> &matches, SearchOrder order) const;
    /// Whether the index's keys alone answer @p query's matches in an aggregate (an SQLite library
    /// and a query without spaces, which the texts need not confirm).
    bool keysAnswer(const QString &query) const;
    /// searchKey() of the reports table aliased @p reports, as SQL.
    static QString searchKeySql(const QString &reports);
    /// matchingReports() as report id → hit count.
    QHash<qint64, int> hitCounts(const QString &query, QString *error) const;
    /// Reads the matches of @p query from the SQLite index in the order @p orderBy and range
    /// @p keyRange (SQL over rowid) give, handing each to @p take until it returns false.
    bool readFts5(const QString &query, const QString &keyRange, const QString &orderBy,
                  const std::function<bool(const SearchMatch &)> &take, QString *error) const;
    QList<SearchMatch> matchingReportsOnServer(const QString &query, QString *error) const;

    Library &m_library;
    /// reportsContaining's statements by table, prepared once: comparing two reports asks them
    /// for thousands of terms.
    mutable std::map<QString, std::optional<QSqlQuery>> m_countQueries;
};

} // namespace ReportLens
