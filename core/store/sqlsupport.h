#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// Small helpers the stores share for writing rows. Internal to core/store.
namespace ReportLens::Sql {

/// Sets @p error to the query's error and returns false, for `return failed(q, error);`.
inline bool failed(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text();
    return false;
}

/// Qt binds a null QString as SQL NULL; an empty value in a NOT NULL column must be a non-null "".
inline QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace ReportLens::Sql
