#include "indicatorcomparemodel.h"

#include "extract/figuretext.h"
#include "indicators/indicatormodel.h"

#include <QMap>

namespace ReportLens {

IndicatorCompareModel::IndicatorCompareModel(QObject *parent) : QAbstractTableModel(parent) {}

void IndicatorCompareModel::setReports(const QList<IndicatorRow> &left, const QList<IndicatorRow> &right,
                                       const IndicatorCatalog &catalog, const QString &leftName, const QString &rightName)
{
    beginResetModel();
    m_rows.clear();
    m_leftName = leftName;
    m_rightName = rightName;
    // Rows in catalog order; within a report the first figure of each indicator/metric/kind counts
    // (one-year figures before spans).
    QMap<QString, Row> rows;
    QStringList order;
    auto key = [](const Indicator &i) { return i.indicatorId + u'/' + i.metric + u'/' + i.kind; };
    auto add = [&](const QList<IndicatorRow> &list, bool isLeft) {
        for (const IndicatorRow &r : list) {
            const QString k = key(r.indicator);
            if (!rows.contains(k)) {
                const CatalogIndicator *c = catalog.indicator(r.indicator.indicatorId);
                rows.insert(k, {c ? c->nameFor(r.region) : r.indicator.indicatorId, r.indicator.metric, r.indicator.kind, {}, {},
                                c ? c->unit : QString()});
                order.append(k);
            }
            std::optional<Indicator> &slot = isLeft ? rows[k].left : rows[k].right;
            const bool single = r.indicator.periodStart == r.indicator.periodEnd;
            if (!slot || (single && slot->periodStart != slot->periodEnd))
                slot = r.indicator;
        }
    };
    add(left, true);
    add(right, false);
    for (const CatalogIndicator &c : catalog.indicators)
        for (const QString &k : order)
            if (k.startsWith(c.id + u'/'))
                m_rows.append(rows[k]);
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
    const Row &r = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == LeftValueColumn || index.column() == RightValueColumn || index.column() == DifferenceColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    auto value = [](const std::optional<Indicator> &i) {
        if (!i)
            return QString();
        return FigureText::value(*i);
    };
    switch (index.column()) {
    case IndicatorColumn: return r.indicator;
    case MetricColumn: return IndicatorModel::metricText(r.metric);
    case KindColumn: return IndicatorModel::kindText(r.kind);
    case LeftPeriodColumn: return r.left ? IndicatorModel::periodText(*r.left) : QString();
    case LeftValueColumn: return value(r.left);
    case RightPeriodColumn: return r.right ? IndicatorModel::periodText(*r.right) : QString();
    case RightValueColumn: return value(r.right);
    case DifferenceColumn:
        return r.left && r.right ? FigureText::difference(*r.left, *r.right, r.unit) : QString();
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
    default: return {};
    }
}

} // namespace ReportLens
