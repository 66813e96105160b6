#pragma once

// The state of a library, for tests that check a failed operation changed nothing stored.

#include "store/library.h"

#include <QSqlQuery>
#include <QStringList>

namespace ReportLens::TestSupport {

/// Row counts of every table in the library, and the integrity check: the library's state.
inline QString libraryState(Library &library)
{
    QStringList tables;
    static const Spelling tableNames{
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
        QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")};
    QSqlQuery list(library.database());
    list.exec(tableNames.in(library.engine()));
    while (list.next())
        tables.append(list.value(0).toString());
    QStringList parts;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery q(library.database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && q.next())
            parts.append(QStringLiteral("%1=%2").arg(table).arg(q.value(0).toLongLong()));
    }
    if (tables.size() < 5)
        qFatal("the library has too few tables: %s", qPrintable(tables.join(u' ')));
    parts.append(library.integrityCheck());
    return parts.join(u' ');
}

} // namespace ReportLens::TestSupport
