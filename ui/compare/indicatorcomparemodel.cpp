#include "indicatorcomparemodel.h"

#include "extract/figuretext.h"
#include "indicators/indicatormodel.h"

namespace ReportLens {

IndicatorCompareModel::IndicatorCompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IndicatorCompareModel::setReports(const QList<IndicatorRow> &left, const QList<IndicatorRow> &right,
                                       const IndicatorCatalog &catalog, const QString &leftName,
                                       const QString &rightName)
{
    beginResetModel();
    m_rows = FigureComparison::compare(left, right, catalog);
    m_leftName = leftName;
    m_rightName = rightName;
    endResetModel();
}

int IndicatorCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorCompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::TextAlignmentRole))
        return {};
    const FigureChange &r = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == LeftValueColumn || index.column() == RightValueColumn
                || index.column() == DifferenceColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    auto value = [](const std::optional<Indicator> &i) {
        if (!i)
            return QString();
        return FigureText::value(*i);
    };
    switch (index.column()) {
    case IndicatorColumn: return r.name;
    case MetricColumn: return IndicatorModel::metricText(r.metric);
    case KindColumn: return IndicatorModel::kindText(r.kind);
    case LeftPeriodColumn: return r.left ? FigureText::period(*r.left) : QString();
    case LeftValueColumn: return value(r.left);
    case RightPeriodColumn: return r.right ? FigureText::period(*r.right) : QString();
    case RightValueColumn: return value(r.right);
    case DifferenceColumn: return r.difference();
    case TargetColumn:
        switch (r.target()) {
        case FigureChange::Target::Kept: return tr("kept");
        case FigureChange::Target::Raised: return tr("raised");
        case FigureChange::Target::Lowered: return tr("lowered");
        case FigureChange::Target::NotATarget: return QString();
        }
        return QString();
    default: return {};
    }
}

QVariant IndicatorCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndicatorColumn: return tr("Indicator");
    case MetricColumn: return tr("Metric");
    case KindColumn: return tr("Kind");
    case LeftPeriodColumn: return tr("Period (%1)").arg(m_leftName);
    case LeftValueColumn: return m_leftName;
    case RightPeriodColumn: return tr("Period (%1)").arg(m_rightName);
    case RightValueColumn: return m_rightName;
    case DifferenceColumn: return tr("Difference");
    case TargetColumn: return tr("Target");
    default: return {};
    }
}

} // namespace ReportLens
