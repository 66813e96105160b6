#include "sqlsupport.h"

#include "util/logging.h"

namespace ReportLens::Sql {

bool readFailed(const QSqlQuery &query, QString *error)
{
    return readFailed(query.lastError().text(), error);
}

bool readFailed(const QString &reason, QString *error)
{
    qCWarning(lcCore) << "a library read failed:" << reason;
    if (error)
        *error = reason;
    return false;
}

bool firstRow(QSqlQuery &query, QString *error, const QString &missing)
{
    if (!query.exec())
        return readFailed(query, error);
    if (query.next())
        return true;
    if (error)
        *error = missing;
    return false;
}

bool insertRows(const QSqlDatabase &db, const QString &table, int columns, qsizetype rows,
                const std::function<void(QSqlQuery &, qsizetype)> &bindRow, QString *error, const QString &returning,
                const std::function<void(const QSqlQuery &)> &returned)
{
    // SQLite takes at most 32,766 values per statement.
    const qsizetype perStatement = std::max<qsizetype>(1, std::min<qsizetype>(500, 30000 / std::max(1, columns)));
    const QString row = u'(' + QStringList(columns, QStringLiteral("?")).join(u',') + u')';
    for (qsizetype from = 0; from < rows; from += perStatement) {
        const qsizetype count = std::min(perStatement, rows - from);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1 VALUES %2%3")
                      .arg(table, QStringList(count, row).join(u','),
                           returning.isEmpty() ? QString() : QStringLiteral(" RETURNING ") + returning));
        for (qsizetype i = from; i < from + count; ++i)
            bindRow(q, i);
        if (!q.exec())
            return failed(q, error);
        while (returned && q.next())
            returned(q);
    }
    return true;
}

} // namespace ReportLens::Sql
