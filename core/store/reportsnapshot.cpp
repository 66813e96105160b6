#include "reportsnapshot.h"

#include "library.h"
#include "searchindex.h"
#include "searchpostings.h"
#include "sqlsupport.h"

#include <QSet>
#include <QSqlField>
#include <QSqlQuery>
#include <QVariant>

namespace ReportLens {

namespace {

// How each table's rows of one report are selected. Sections and annotations are read in id order
// so that parents (inserted depth first) go back before their children.
QString selectRows(const QString &table)
{
    if (table == QLatin1String("reports"))
        return QStringLiteral("SELECT * FROM reports WHERE id = ?");
    if (table == QLatin1String("annotation_tags"))
        return QStringLiteral("SELECT t.* FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id "
                              "WHERE a.report_id = ?");
    if (table == QLatin1String("report_texts"))
        return QStringLiteral("SELECT * FROM report_texts WHERE report_id = ?");
    return QStringLiteral("SELECT * FROM %1 WHERE report_id = ? ORDER BY id").arg(table);
}

} // namespace

const QStringList &ReportSnapshot::tables()
{
    // report_texts' insert trigger puts the text back into SQLite's search index; a team library's
    // is written by restore() (search_stale, which also names reports, is the index's own record
    // of entries that no longer count, and stays as it is).
    static const QStringList names{QStringLiteral("reports"),        QStringLiteral("report_texts"),
                                   QStringLiteral("sections"),       QStringLiteral("glossary"),
                                   QStringLiteral("indicators"),     QStringLiteral("annotations"),
                                   QStringLiteral("annotation_tags")};
    return names;
}

std::optional<ReportSnapshot> ReportSnapshot::take(Library &library, qint64 reportId, QString *error)
{
    ReportSnapshot snapshot;
    snapshot.m_reportId = reportId;
    for (const QString &table : tables()) {
        QSqlQuery q(library.database());
        q.setForwardOnly(true);
        q.prepare(selectRows(table));
        q.addBindValue(reportId);
        if (!q.exec()) {
            Sql::failed(q, error);
            return std::nullopt;
        }
        TableRows rows{table, {}};
        while (q.next())
            rows.rows.append(q.record());
        if (table == QLatin1String("reports") && rows.rows.isEmpty()) {
            *error = QStringLiteral("no report with id %1").arg(reportId);
            return std::nullopt;
        }
        snapshot.m_tables.append(rows);
    }
    return snapshot;
}

bool ReportSnapshot::restore(Library &library, QString *error) const
{
    Library::Transaction transaction(library);
    if (!transaction.began(error))
        return false;
    // The report's own row is written back over itself, not deleted and inserted: on a team
    // library only administrators may delete a report, and every member may undo a re-import.
    // What derives from it is deleted, children first (annotation_tags go with their annotations;
    // the search index follows report_texts by trigger), and every row goes back as it was.
    for (auto table = tables().crbegin(); table != tables().crend(); ++table) {
        if (*table == QLatin1String("reports") || *table == QLatin1String("annotation_tags"))
            continue;
        QSqlQuery clear(library.database());
        clear.prepare(QStringLiteral("DELETE FROM %1 WHERE report_id = ?").arg(*table));
        clear.addBindValue(m_reportId);
        if (!clear.exec())
            return Sql::failed(clear, error);
    }
    // What the delete left is another member's, which this connection may read but not change
    // (row-level security on a team library): it was never changed, and stays as it is.
    QSet<qint64> kept;
    QSqlQuery left(library.database());
    left.prepare(QStringLiteral("SELECT id FROM annotations WHERE report_id = ?"));
    left.addBindValue(m_reportId);
    if (!left.exec())
        return Sql::failed(left, error);
    while (left.next())
        kept.insert(left.value(0).toLongLong());
    for (const TableRows &table : m_tables) {
        if (table.rows.isEmpty())
            continue;
        const QSqlRecord &first = table.rows.first();
        QStringList columns;
        QStringList placeholders;
        QStringList updates;
        for (int c = 0; c < first.count(); ++c) {
            // Quoted: a column may be named by a keyword ("end").
            const QString column = u'"' + first.fieldName(c) + u'"';
            columns.append(column);
            placeholders.append(QStringLiteral("?"));
            if (first.fieldName(c) != QLatin1String("id"))
                updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
        }
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table.table, columns.join(u','), placeholders.join(u','));
        if (table.table == QLatin1String("reports"))
            sql += QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ") + updates.join(u',');
        const QString keptBy = table.table == QLatin1String("annotations") ? QStringLiteral("id")
            : table.table == QLatin1String("annotation_tags")              ? QStringLiteral("annotation_id")
                                                                           : QString();
        QSqlQuery insert(library.database());
        insert.prepare(sql);
        for (const QSqlRecord &row : table.rows) {
            if (!keptBy.isEmpty() && kept.contains(row.value(keptBy).toLongLong()))
                continue;
            // A team library's search entries of the old text were marked stale when its row went:
            // the text is indexed anew (SearchPostings), and says so once that is stored.
            const bool reindex = table.table == QLatin1String("report_texts") && library.engine() == Engine::PostgreSQL;
            for (int c = 0; c < row.count(); ++c)
                insert.addBindValue(reindex && row.fieldName(c) == QLatin1String("indexed_in") ? QVariant()
                                                                                               : row.value(c));
            if (!insert.exec()) {
                Sql::failed(insert, error);
                *error = QStringLiteral("the report could not be put back (%1: %2)").arg(table.table, *error);
                return false;
            }
            if (reindex
                && !library.pendingPostings().add(
                    library, m_reportId, SearchIndex::fold(row.value(QStringLiteral("clean_text")).toString()), error))
                return false;
        }
    }
    QString why;
    if (!transaction.commit(&why)) {
        *error = QStringLiteral("the report could not be put back: %1").arg(why);
        return false;
    }
    return true;
}

} // namespace ReportLens
