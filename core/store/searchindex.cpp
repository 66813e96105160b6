#include "searchindex.h"

#include "library.h"
#include "outline/outlineparser.h"
#include "reportstore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ReportLens {

namespace {

constexpr qsizetype SnippetContext = 30;


} // namespace

SearchIndex::SearchIndex(Library &library) : m_library(library) {}

QString SearchIndex::ftsPhrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QList<SearchHit> SearchIndex::search(const QString &rawQuery, int limit, QString *error) const
{
    QList<SearchHit> hits;
    const QString query = rawQuery.trimmed();
    if (query.isEmpty())
        return hits;

    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("SELECT p.report_id, p.start, s.body FROM search_index s JOIN paragraphs p ON p.id = s.rowid "
                             "WHERE search_index MATCH ? ORDER BY p.report_id, p.start"));
    q.addBindValue(ftsPhrase(query));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return hits;
    }
    ReportStore store(m_library);
    QHash<qint64, QList<Section>> outlines;
    while (q.next()) {
        const qint64 reportId = q.value(0).toLongLong();
        const qsizetype paragraphStart = q.value(1).toLongLong();
        const QString body = q.value(2).toString();
        // Confirm literally: the index finds candidates; the text decides.
        qsizetype from = 0;
        while ((from = body.indexOf(query, from, Qt::CaseInsensitive)) >= 0) {
            if (!outlines.contains(reportId))
                outlines.insert(reportId, store.sections(reportId));
            SearchHit hit;
            hit.reportId = reportId;
            hit.start = paragraphStart + from;
            hit.end = hit.start + query.size();
            hit.sectionPath = OutlineParser::sectionPath(outlines.value(reportId), hit.start);
            const qsizetype before = std::max<qsizetype>(0, from - SnippetContext);
            const qsizetype after = std::min(body.size(), from + query.size() + SnippetContext);
            hit.snippet = (before > 0 ? QStringLiteral("…") : QString()) + body.mid(before, from - before)
                          + QStringLiteral("<mark>") + body.mid(from, query.size()) + QStringLiteral("</mark>")
                          + body.mid(from + query.size(), after - from - query.size())
                          + (after < body.size() ? QStringLiteral("…") : QString());
            hits.append(hit);
            if (limit >= 0 && hits.size() >= limit)
                return hits;
            from += query.size();
        }
    }
    return hits;
}

} // namespace ReportLens
