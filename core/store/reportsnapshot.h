#pragma once

#include <QList>
#include <QSqlRecord>
#include <QString>

#include <optional>

namespace ReportLens {

class Library;

/// Every stored row of one report, exactly as stored, ids included: the report, its texts,
/// sections, glossary, figures (with the user's corrections and rejections), annotations and their
/// tags. Deleting a report and re-importing one are undone by putting these rows back; because
/// the ids are the same, undo steps further down the stack still find what they refer to.
class ReportSnapshot
{
public:
    /// The rows of report @p reportId; nullopt with @p error when it cannot be read or does not exist.
    static std::optional<ReportSnapshot> take(Library &library, qint64 reportId, QString *error);

    /// Replaces whatever the library holds for this report (perhaps nothing) with these rows, in one
    /// transaction; the report's own row is updated in place, never deleted. On a team library
    /// another member's annotations, which this member cannot change, stay as they are. Fails,
    /// changing nothing, when one of the ids has meanwhile been taken by another report's row.
    bool restore(Library &library, QString *error) const;

    qint64 reportId() const { return m_reportId; }

    /// The tables that hold a report's rows, parents first (the order rows are put back in).
    static const QStringList &tables();

private:
    struct TableRows
    {
        QString table;
        QList<QSqlRecord> rows;
    };
    qint64 m_reportId = 0;
    QList<TableRows> m_tables;
};

} // namespace ReportLens
