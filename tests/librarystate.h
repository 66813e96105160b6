#pragma once

// The state of a library, for tests that check a failed operation changed nothing stored.

#include "store/library.h"

#include <QHash>
#include <QSqlError>
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

/// Takes an SQLite library of the current format back to format 9 (the clean text as text, the
/// search index over it with its one-character prefix index, no index of characters), for tests
/// of upgrades from older formats. The statements undo migrations 10 → 11 and 9 → 10.
inline bool rewindToFormat9(Library &library)
{
    const QStringList statements = {
        QStringLiteral("DROP TRIGGER reports_listing_insert"),
        QStringLiteral("DROP TRIGGER reports_listing_delete"),
        QStringLiteral("DROP TRIGGER reports_listing_update"),
        QStringLiteral("DROP TABLE report_listing"),
        QStringLiteral("DROP INDEX indicators_report"),
        QStringLiteral("CREATE INDEX indicators_report ON indicators(report_id)"),
        QStringLiteral("DROP INDEX reports_region_year"),
        QStringLiteral("CREATE INDEX reports_region_year ON reports(region, year)"),
        QStringLiteral("DROP TRIGGER reports_year_moves_search_key"),
        QStringLiteral("DROP TRIGGER report_texts_index"),
        QStringLiteral("DROP TRIGGER report_texts_unindex"),
        QStringLiteral("DROP TRIGGER report_texts_reindex"),
        QStringLiteral("DROP TABLE search_characters"),
        QStringLiteral("DROP TABLE search_index"),
        QStringLiteral("DROP VIEW report_clean_texts"),
        QStringLiteral("DROP TABLE search_queue"),
        QStringLiteral("DROP INDEX report_texts_search_key"),
        QStringLiteral("ALTER TABLE report_texts ADD COLUMN clean_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE report_texts SET clean_text = reportlens_decompress_text(clean_zstd)"),
        QStringLiteral("ALTER TABLE report_texts DROP COLUMN clean_zstd"),
        QStringLiteral("ALTER TABLE report_texts DROP COLUMN search_key"),
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(clean_text, content='report_texts', "
                       "content_rowid='report_id', tokenize='reportlens_cjk', detail='full', prefix='1')"),
        QStringLiteral("CREATE TRIGGER report_texts_index AFTER INSERT ON report_texts BEGIN "
                       "INSERT INTO search_index (rowid, clean_text) VALUES (new.report_id, new.clean_text); END"),
        QStringLiteral("CREATE TRIGGER report_texts_unindex AFTER DELETE ON report_texts BEGIN "
                       "INSERT INTO search_index (search_index, rowid, clean_text) "
                       "VALUES ('delete', old.report_id, old.clean_text); END"),
        QStringLiteral("CREATE TRIGGER report_texts_reindex AFTER UPDATE OF clean_text ON report_texts BEGIN "
                       "INSERT INTO search_index (search_index, rowid, clean_text) "
                       "VALUES ('delete', old.report_id, old.clean_text); "
                       "INSERT INTO search_index (rowid, clean_text) VALUES (new.report_id, new.clean_text); END"),
        QStringLiteral("INSERT INTO search_index (search_index) VALUES ('rebuild')"),
        QStringLiteral("PRAGMA user_version = 9"),
    };
    QSqlQuery q(library.database());
    for (const QString &statement : statements)
        if (!q.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
    return true;
}

/// Keeps report_texts' originals as text, as libraries up to format 7 did (of a library taken back
/// to format 9 first): @p originals by report
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
