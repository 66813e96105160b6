#include "searchindex.h"
#include "model/sectiontree.h"

#include "sqlsupport.h"

#include "fts5extensions.h"
#include "library.h"
#include "reportstore.h"
#include "util/scriptfolding.h"

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

// Folds as the tokenizer does: ASCII letters to lower case, Traditional characters to
// Simplified; one character for one, so offsets stay valid in the text as written.
QString foldForSearch(const QString &text)
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

// Start offsets of @p query in @p text (both folded), at most @p limit (< 0: all). Overlapping
// occurrences count, as they do in the index's phrase matches (哈哈 is twice in 哈哈哈).
QList<qsizetype> occurrences(const QString &text, const QString &query, int limit)
{
    QList<qsizetype> starts;
    for (qsizetype from = 0; (from = text.indexOf(query, from)) >= 0 && (limit < 0 || starts.size() < limit); ++from)
        starts.append(from);
    return starts;
}

} // namespace

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
    QList<SearchMatch> matches;
    const QString query = rawQuery.trimmed();
    if (query.isEmpty())
        return matches;
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT rowid, %1(search_index) FROM search_index WHERE search_index MATCH ? ORDER BY rowid")
            .arg(QLatin1String(HitCountFunctionName)));
    q.addBindValue(ftsQuery(query));
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return matches;
    }
    const bool confirm = std::any_of(query.cbegin(), query.cend(), isTokenSpace);
    const QString folded = foldForSearch(query);
    const ReportStore store(m_library);
    while (q.next()) {
        SearchMatch match{q.value(0).toLongLong(), q.value(1).toInt()};
        if (confirm) {
            // The index ignores how much space there is, and where lines break: the text decides.
            match.hitCount = int(occurrences(foldForSearch(store.cleanText(match.reportId)), folded, -1).size());
            if (match.hitCount == 0)
                continue;
        }
        matches.append(match);
    }
    return matches;
}

int SearchIndex::reportsContaining(const QString &term, QString *error) const
{
    if (!m_countQuery) {
        m_countQuery.emplace(m_library.database());
        m_countQuery->prepare(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?"));
    }
    QSqlQuery &q = *m_countQuery;
    q.addBindValue(ftsQuery(term.trimmed()));
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return 0;
    }
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

QList<SearchHit> SearchIndex::hitsIn(qint64 reportId, const QString &rawQuery, int limit) const
{
    QList<SearchHit> hits;
    const QString query = rawQuery.trimmed();
    if (query.isEmpty())
        return hits;
    ReportStore store(m_library);
    const QString text = store.cleanText(reportId);
    const QList<qsizetype> starts = occurrences(foldForSearch(text), foldForSearch(query), limit);
    if (starts.isEmpty())
        return hits;
    const QList<Section> outline = store.sections(reportId);
    for (const qsizetype start : starts) {
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
    return hits;
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit, QString *error) const
{
    QList<SearchHit> hits;
    for (const SearchMatch &match : matchingReports(query, error)) {
        hits += hitsIn(match.reportId, query, limit < 0 ? -1 : int(limit - hits.size()));
        if (limit >= 0 && hits.size() >= limit)
            break;
    }
    return hits;
}

} // namespace ReportLens
