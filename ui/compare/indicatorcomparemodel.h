#pragma once

#include "compare/figurecomparison.h"

#include <QAbstractTableModel>

namespace ReportLens {

/// Two reports' figures side by side (FigureComparison): one row per indicator, metric and kind,
/// with each report's period and value, the difference, and whether a target was kept, raised or
/// lowered.
class IndicatorCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IndicatorColumn,
        MetricColumn,
        KindColumn,
        LeftPeriodColumn,
        LeftValueColumn,
        RightPeriodColumn,
        RightValueColumn,
        DifferenceColumn,
        TargetColumn,
        ColumnCount
    };

    explicit IndicatorCompareModel(QObject *parent = nullptr);

    void setReports(const QList<IndicatorRow> &left, const QList<IndicatorRow> &right, const IndicatorCatalog &catalog,
                    const QString &leftName, const QString &rightName);

    /// The rows, as FigureComparison made them.
    QList<FigureChange> changes() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FigureChange> m_rows;
    QString m_leftName, m_rightName;
};

} // namespace ReportLens
