#pragma once

#include "store/reportstore.h"

#include <QAbstractTableModel>

namespace ReportLens {

/// The reports of a library as a table (one row per report).
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RegionColumn, YearColumn, TitleColumn, LevelColumn, DateColumn, SpeakerColumn, ColumnCount };
    enum Role { ReportIdRole = Qt::UserRole + 1 };

    explicit LibraryModel(QObject *parent = nullptr);

    void setReports(const QList<ReportSummary> &reports);
    const ReportSummary *reportAt(int row) const;
    int rowOfReport(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelDisplayName(AdminLevel level);

private:
    QList<ReportSummary> m_reports;
};

} // namespace ReportLens
