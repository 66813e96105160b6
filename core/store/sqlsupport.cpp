#include "sqlsupport.h"

#include "util/logging.h"

namespace ReportLens::Sql {

bool readFailed(const QSqlQuery &query, QString *error)
{
    const QString reason = query.lastError().text();
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

} // namespace ReportLens::Sql
