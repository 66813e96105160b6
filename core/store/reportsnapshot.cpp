#include "reportsnapshot.h"

#include "library.h"
#include "sqlsupport.h"

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
    // report_texts' insert trigger puts the text back into the search index.
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
    // Deleting the report takes everything derived from it (foreign keys cascade, the search
    // index follows by trigger); then every row goes back as it was.
    QSqlQuery clear(library.database());
    clear.prepare(QStringLiteral("DELETE FROM reports WHERE id = ?"));
    clear.addBindValue(m_reportId);
    if (!clear.exec())
        return Sql::failed(clear, error);
    for (const TableRows &table : m_tables) {
        if (table.rows.isEmpty())
            continue;
        const QSqlRecord &first = table.rows.first();
        QStringList columns;
        QStringList placeholders;
        for (int c = 0; c < first.count(); ++c) {
            columns.append(first.fieldName(c));
            placeholders.append(QStringLiteral("?"));
        }
        QSqlQuery insert(library.database());
        insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table.table, columns.join(u','), placeholders.join(u',')));
        for (const QSqlRecord &row : table.rows) {
            for (int c = 0; c < row.count(); ++c)
                insert.addBindValue(row.value(c));
            if (!insert.exec()) {
                Sql::failed(insert, error);
                *error = QStringLiteral("the report could not be put back (%1: %2)").arg(table.table, *error);
                return false;
            }
        }
    }
    if (!transaction.commit()) {
        *error = QStringLiteral("the report could not be put back: the commit failed");
        return false;
    }
    return true;
}

} // namespace ReportLens
