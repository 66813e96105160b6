#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Small helpers the stores share for writing rows. Internal to core/store.
namespace ReportLens::Sql {

/// Sets @p error to the query's error and returns false, for `return failed(q, error);`.
inline bool failed(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text();
    return false;
}

/// A read that failed, told apart from one that found no rows: @p error (when given) says why, and
/// the failure is logged either way, so that an empty pane never hides a broken library.
bool readFailed(const QSqlQuery &query, QString *error);

/// Runs @p query and moves to its first row; false with @p error (when given) set to the failure,
/// or to @p missing when the read found nothing — the two told apart, for reads of one row.
bool firstRow(QSqlQuery &query, QString *error, const QString &missing);

/// Qt binds a null QString as SQL NULL; an empty value in a NOT NULL column must be a non-null "".
inline QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// "1,2,3" for `id IN (…)`: integers of our own need no quoting, and a page of ids is then one
/// statement instead of one per id.
inline QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    return numbers.join(u',');
}

} // namespace ReportLens::Sql
