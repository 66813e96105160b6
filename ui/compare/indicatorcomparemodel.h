#pragma once

#include "store/indicatorstore.h"

#include <QAbstractTableModel>

namespace ReportLens {

/// Two reports' figures side by side: one row per indicator, metric and kind, with each report's
/// period and value and the difference.
class IndicatorCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IndicatorColumn, MetricColumn, KindColumn, LeftPeriodColumn, LeftValueColumn, RightPeriodColumn,
                  RightValueColumn, DifferenceColumn, ColumnCount };

    explicit IndicatorCompareModel(QObject *parent = nullptr);

    void setReports(const QList<IndicatorRow> &left, const QList<IndicatorRow> &right, const IndicatorCatalog &catalog,
                    const QString &leftName, const QString &rightName);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString indicator, metric, kind;
        std::optional<Indicator> left, right;
        QString unit; ///< The catalog unit, for the difference of levels
    };
    QList<Row> m_rows;
    QString m_leftName, m_rightName;
};

} // namespace ReportLens
