#include "indicatormodel.h"

#include <QRegularExpression>

namespace ReportLens {

IndicatorModel::IndicatorModel(QObject *parent) : QAbstractTableModel(parent) {}

void IndicatorModel::setRows(const QList<IndicatorRow> &rows, const IndicatorCatalog &catalog)
{
    beginResetModel();
    m_rows = rows;
    m_names.clear();
    for (const CatalogIndicator &i : catalog.indicators)
        m_names.insert(i.id, i.name);
    endResetModel();
}

const IndicatorRow *IndicatorModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString IndicatorModel::periodText(const Indicator &i)
{
    return i.periodStart == i.periodEnd ? QString::number(i.periodStart) : QStringLiteral("%1–%2").arg(i.periodStart).arg(i.periodEnd);
}

QString IndicatorModel::valueText(const Indicator &i)
{
    return (i.valueHigh ? QStringLiteral("%1–%2").arg(i.value).arg(*i.valueHigh) : QString::number(i.value)) + i.qualifier;
}

QString IndicatorModel::kindText(const QString &kind)
{
    if (kind == QStringLiteral("actual"))
        return tr("Outcome");
    if (kind == QStringLiteral("target"))
        return tr("Target");
    return tr("Plan");
}

int IndicatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorModel::data(const QModelIndex &index, int role) const
{
    const IndicatorRow *row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Indicator &i = row->indicator;
    switch (role) {
    case RowIdRole: return row->id;
    case StartRole: return qlonglong(i.numberStart);
    case EndRole: return qlonglong(i.numberEnd);
    case SentenceStartRole: return qlonglong(i.sentenceStart);
    case Qt::ToolTipRole: return i.quote;
    default: break;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case IndicatorColumn: return m_names.value(i.indicatorId, i.indicatorId);
    case MetricColumn: return i.metric;
    case KindColumn: return role == Qt::EditRole ? i.kind : kindText(i.kind);
    case PeriodColumn: return periodText(i);
    case ValueColumn:
        if (role == Qt::EditRole)
            return i.valueHigh ? QStringLiteral("%1-%2").arg(i.value).arg(*i.valueHigh) : QString::number(i.value);
        return valueText(i);
    case UnitColumn: return i.unit;
    case EditedColumn: return i.userEdited ? tr("edited") : QString();
    case QuoteColumn: return i.quote.simplified();
    default: return {};
    }
}

QVariant IndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndicatorColumn: return tr("Indicator");
    case MetricColumn: return tr("Metric");
    case KindColumn: return tr("Kind");
    case PeriodColumn: return tr("Period");
    case ValueColumn: return tr("Value");
    case UnitColumn: return tr("Unit");
    case EditedColumn: return tr("Edited");
    case QuoteColumn: return tr("Sentence");
    default: return {};
    }
}

Qt::ItemFlags IndicatorModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ValueColumn || index.column() == PeriodColumn || index.column() == KindColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool IndicatorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const IndicatorRow *row = rowAt(index.row());
    if (!row || role != Qt::EditRole)
        return false;
    Indicator after = row->indicator;
    const QString text = value.toString().trimmed();
    bool ok = true;
    switch (index.column()) {
    case ValueColumn: {
        // "5.5" or a range "6.5-7"
        static const QRegularExpression range(QStringLiteral("^(-?[0-9.]+)\\s*[-–~～]\\s*(-?[0-9.]+)$"));
        const QRegularExpressionMatch m = range.match(text);
        if (m.hasMatch()) {
            after.value = m.captured(1).toDouble(&ok);
            after.valueHigh = m.captured(2).toDouble();
        } else {
            after.value = text.toDouble(&ok);
            after.valueHigh.reset();
        }
        if (ok && after.valueInCatalogUnit && row->indicator.value != 0)
            after.valueInCatalogUnit = *row->indicator.valueInCatalogUnit * after.value / row->indicator.value;
        else if (ok)
            after.valueInCatalogUnit = after.value;
        break;
    }
    case PeriodColumn: {
        static const QRegularExpression period(QStringLiteral("^(\\d{4})(?:\\s*[-–~]\\s*(\\d{4}))?$"));
        const QRegularExpressionMatch m = period.match(text);
        ok = m.hasMatch();
        if (ok) {
            after.periodStart = m.captured(1).toInt();
            after.periodEnd = m.captured(2).isEmpty() ? after.periodStart : m.captured(2).toInt();
            ok = after.periodEnd >= after.periodStart;
        }
        break;
    }
    case KindColumn:
        ok = text == QStringLiteral("actual") || text == QStringLiteral("target") || text == QStringLiteral("plan");
        after.kind = text;
        break;
    default:
        return false;
    }
    if (!ok)
        return false;
    Q_EMIT editRequested(row->id, row->reportId, row->indicator, after);
    return true;
}

} // namespace ReportLens
