#pragma once

#include "dialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>

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
/// The same for a read that did not go through QSqlQuery, failing for @p reason.
bool readFailed(const QString &reason, QString *error);

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

/// The condition "@p column is one of the ids bound as one array value (idArray)" in @p engine's
/// SQL: one statement, prepared once, for a page of ids of any length.
inline QString inIdArray(Engine engine, const QString &column)
{
    static const Spelling in{QStringLiteral("%1 IN (SELECT value FROM json_each(?))"),
                             QStringLiteral("%1 = ANY(?::bigint[])")};
    return in.in(engine).arg(column);
}

/// @p ids as the one value inIdArray's placeholder takes: a JSON array for SQLite's json_each, an
/// array literal for PostgreSQL.
inline QString idArray(Engine engine, const QList<qint64> &ids)
{
    static const Spelling array{QStringLiteral("[%1]"), QStringLiteral("{%1}")};
    return array.in(engine).arg(idList(ids));
}

/// Inserts @p rows rows into @p table (`"sections (report_id, …)"`, @p columns values each) with
/// many rows per statement: one round trip to a team library's server per few hundred rows, where
/// a statement per row spent most of an import waiting. @p bindRow binds row i's values in column
/// order. With @p returning (`"id, ordinal"`), @p returned reads each row the statements return.
bool insertRows(const QSqlDatabase &db, const QString &table, int columns, qsizetype rows,
                const std::function<void(QSqlQuery &, qsizetype)> &bindRow, QString *error,
                const QString &returning = QString(), const std::function<void(const QSqlQuery &)> &returned = {});

} // namespace ReportLens::Sql
