#pragma once

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

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
    QList<SearchMatch> matchingReportsInFts5(const QString &query, QString *error) const;
    QList<SearchMatch> matchingReportsOnServer(const QString &query, QString *error) const;

    Library &m_library;
    /// reportsContaining's statement, prepared once: comparing two reports asks it for thousands
    /// of terms.
    mutable std::optional<QSqlQuery> m_countQuery;
};

} // namespace ReportLens
