#pragma once

#include "store/reportlisting.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ReportLens {

class Library;

/// The reports of a library as a table (one row per report), filtered and sorted in SQL. Rows are
/// read a page at a time as the view shows them, so a library of any size opens at once.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RegionColumn, YearColumn, TitleColumn, LevelColumn, DateColumn, SpeakerColumn, ColumnCount };
    enum Role { ReportIdRole = Qt::UserRole + 1 };

    /// Lists the reports of @p library (nullptr: none), which must outlive the model; nothing is
    /// read before reload().
    explicit LibraryModel(Library *library = nullptr, QObject *parent = nullptr);

    /// Shows only the reports whose region, year, title, date or speaker contains @p text.
    void setFilterText(const QString &text);
    /// Reads the list again, after the library changed.
    void reload();
    /// The row of report @p id, or -1 if the table does not list it.
    int rowOfReport(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString levelDisplayName(AdminLevel level);

private:
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 64;

    const ReportSummary *reportAt(int row) const;

    Library *m_library = nullptr;
    ReportQuery m_query;
    int m_count = 0;
    mutable QHash<int, QList<ReportSummary>> m_pages; // page number → its rows, read on demand
};

} // namespace ReportLens
