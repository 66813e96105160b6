#pragma once

// The state of a library, for tests that check a failed operation changed nothing stored.

#include "store/library.h"

#include <QHash>
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

/// Keeps report_texts' originals as text, as libraries up to format 7 did: @p originals by report
/// id, the clean text for the others. Tests that take a library back to an older format call it,
/// then set its user_version.
inline bool keepOriginalsAsText(Library &library, const QHash<qint64, QString> &originals = {})
{
    QSqlQuery q(library.database());
    if (!q.exec(QStringLiteral("ALTER TABLE report_texts ADD COLUMN original_text TEXT NOT NULL DEFAULT ''"))
        || !q.exec(QStringLiteral("UPDATE report_texts SET original_text = clean_text")))
        return false;
    QSqlQuery update(library.database());
    if (!update.prepare(QStringLiteral("UPDATE report_texts SET original_text = ? WHERE report_id = ?")))
        return false;
    for (auto it = originals.cbegin(); it != originals.cend(); ++it) {
        update.addBindValue(it.value());
        update.addBindValue(it.key());
        if (!update.exec())
            return false;
    }
    return q.exec(QStringLiteral("ALTER TABLE report_texts DROP COLUMN original_delta"));
}

} // namespace ReportLens::TestSupport
