#include "reportlisting.h"

#include "library.h"
#include "model/report.h"
#include "searchindex.h"
#include "sqlsupport.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace ReportLens {

namespace {

// A WHERE clause and the values of its placeholders, in order.
struct Condition
{
    QStringList terms;
    QVariantList values;

    QString sql() const
    {
        return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
    void bindTo(QSqlQuery &q) const
    {
        for (const QVariant &value : values)
            q.addBindValue(value);
    }
};

Condition conditionFor(Engine engine, const QString &text, const std::optional<QString> &region,
                       const std::optional<int> &year)
{
    Condition c;
    const QString needle = text.trimmed();
    if (!needle.isEmpty() && engine == Engine::SQLite) {
        // The index of the listed fields (format 11), tokenized as the search index is: the same
        // phrase query finds the fields that hold the text.
        c.terms.append(QStringLiteral("r.id IN (SELECT rowid FROM report_listing WHERE report_listing MATCH ?)"));
        c.values.append(SearchIndex::ftsQuery(needle));
    } else if (!needle.isEmpty()) {
        // PostgreSQL's LIKE does not ignore the case of ASCII letters: its ILIKE does.
        QString escaped = needle;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString columns[] = {
            QStringLiteral("r.region"),       QStringLiteral("r.title"),   QStringLiteral("CAST(r.year AS TEXT)"),
            QStringLiteral("r.meeting_date"), QStringLiteral("r.speaker"), QStringLiteral("r.speaker_role")};
        QStringList any;
        for (const QString &column : columns) {
            any.append(column + QStringLiteral(" ILIKE ? ESCAPE '\\'"));
            c.values.append(u'%' + escaped + u'%');
        }
        c.terms.append(u'(' + any.join(QStringLiteral(" OR ")) + u')');
    }
    // Not =, so that a null value selects the reports where the field is unknown.
    if (region) {
        c.terms.append(QStringLiteral("r.region IS NOT DISTINCT FROM ?"));
        c.values.append(region->isNull() ? QVariant() : QVariant(*region));
    }
    if (year) {
        c.terms.append(QStringLiteral("r.year IS NOT DISTINCT FROM ?"));
        c.values.append(*year > 0 ? QVariant(*year) : QVariant());
    }
    return c;
}

Condition conditionFor(Engine engine, const ReportQuery &query)
{
    return conditionFor(engine, query.text, query.region, query.year);
}

// The sort key and its tie-breakers: every order is total, so pages and positions agree.
QStringList orderColumns(ReportSortKey key)
{
    QString first;
    switch (key) {
    case ReportSortKey::Region: first = QStringLiteral("coalesce(r.region, '')"); break;
    case ReportSortKey::Year: first = QStringLiteral("coalesce(r.year, 0)"); break;
    case ReportSortKey::Title: first = QStringLiteral("coalesce(r.title, '')"); break;
    case ReportSortKey::Level:
        // From the centre outwards, as the levels are nested; unknown last.
        first = QStringLiteral("CASE r.level WHEN 'national' THEN 1 WHEN 'province' THEN 2 WHEN 'city' THEN 3 "
                               "WHEN 'district' THEN 4 WHEN 'county' THEN 5 ELSE 6 END");
        break;
    case ReportSortKey::MeetingDate: first = QStringLiteral("coalesce(r.meeting_date, '')"); break;
    case ReportSortKey::Speaker:
        first = QStringLiteral("trim(coalesce(r.speaker_role, '') || ' ' || coalesce(r.speaker, ''))");
        break;
    }
    return {first, QStringLiteral("coalesce(r.region, '')"), QStringLiteral("coalesce(r.year, 0)"),
            QStringLiteral("r.id")};
}

// "ORDER BY …", the same for pages and positions.
QString orderBy(const ReportQuery &query)
{
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms = orderColumns(query.sortKey);
    for (QString &term : terms)
        term += direction;
    return QStringLiteral("ORDER BY ") + terms.join(QStringLiteral(", "));
}

// The reports @p where selects, counted per value of @p column (NULL included), in @p order (whose
// placeholders take @p orderValues).
QList<std::pair<QVariant, int>> countsBy(Library &library, const Condition &where, const QString &column,
                                         const QString &order, const QVariantList &orderValues, QString *error)
{
    QSqlQuery q(library.database());
    q.prepare(
        QStringLiteral("SELECT %1, count(*) FROM reports r%2 GROUP BY %1 ORDER BY %3").arg(column, where.sql(), order));
    where.bindTo(q);
    for (const QVariant &value : orderValues)
        q.addBindValue(value);
    QList<std::pair<QVariant, int>> counts;
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return {};
    }
    while (q.next())
        counts.append({q.value(0), q.value(1).toInt()});
    return counts;
}

} // namespace

ReportListing::ReportListing(Library &library)
    : m_library(library)
{ }

int ReportListing::count(const ReportQuery &query, QString *error) const
{
    const Condition where = conditionFor(m_library.engine(), query);
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM reports r") + where.sql());
    where.bindTo(q);
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

QList<ReportSummary> ReportListing::page(const ReportQuery &query, int offset, int limit, QString *error) const
{
    const Condition where = conditionFor(m_library.engine(), query);
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id FROM reports r") + where.sql() + u' ' + orderBy(query)
              + QStringLiteral(" LIMIT ? OFFSET ?"));
    where.bindTo(q);
    // No limit (< 0) as the largest one: SQLite reads -1 as none, PostgreSQL refuses it.
    q.addBindValue(limit < 0 ? std::numeric_limits<int>::max() : limit);
    q.addBindValue(std::max(0, offset));
    QList<qint64> ids;
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return {};
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    // The ids first, then their rows: the summary's section count is then computed for this page only.
    const QHash<qint64, ReportSummary> byId = ReportStore(m_library).summaries(ids, error);
    QList<ReportSummary> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids)
        if (const auto it = byId.constFind(id); it != byId.cend())
            rows.append(*it);
    return rows;
}

QHash<qint64, int> ReportListing::positions(const QList<qint64> &ids, const ReportQuery &query, QString *error) const
{
    QHash<qint64, int> rows;
    if (ids.isEmpty())
        return rows;
    const Condition where = conditionFor(m_library.engine(), query);
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    // The subquery is named: PostgreSQL 15 requires it.
    q.prepare(QStringLiteral("SELECT id, row FROM (SELECT r.id, row_number() OVER (%1) - 1 AS row FROM reports r%2) "
                             "AS ranked WHERE id IN (%3)")
                  .arg(orderBy(query), where.sql(), Sql::idList(ids)));
    where.bindTo(q);
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return {};
    }
    while (q.next())
        rows.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return rows;
}

QList<ReportGroup> ReportListing::regions(const QString &text, QString *error) const
{
    QList<ReportGroup> groups;
    // The national region first, then by name, unknown last.
    for (const auto &[region, count] : countsBy(
             m_library, conditionFor(m_library.engine(), text, std::nullopt, std::nullopt), QStringLiteral("r.region"),
             QStringLiteral("r.region IS NULL, r.region <> ?, r.region"), {NationalRegion.toString()}, error))
        groups.append({region.isNull() ? QString() : region.toString(), 0, count});
    return groups;
}

QList<ReportGroup> ReportListing::years(const QString &text, const QString &region, QString *error) const
{
    QList<ReportGroup> groups;
    for (const auto &[year, count] :
         countsBy(m_library, conditionFor(m_library.engine(), text, region, std::nullopt), QStringLiteral("r.year"),
                  QStringLiteral("r.year IS NULL, r.year DESC"), {}, error))
        groups.append({region, year.toInt(), count});
    return groups;
}

} // namespace ReportLens
