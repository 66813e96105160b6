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

} // namespace ReportLens::Sql
