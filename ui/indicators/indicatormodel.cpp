#include "indicatormodel.h"

#include "extract/figuretext.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

namespace ReportLens {

IndicatorModel::IndicatorModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IndicatorModel::setRows(const QList<IndicatorRow> &rows, const IndicatorCatalog &catalog)
{
    beginResetModel();
    m_rows = rows;
    m_catalog = catalog;
    endResetModel();
}

const IndicatorRow *IndicatorModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString IndicatorModel::metricText(Metric metric)
{
    switch (metric) {
    case Metric::Level: return tr("Level");
    case Metric::Growth: return tr("Growth");
    case Metric::Rate: break;
    }
    return tr("Rate");
}

QList<FigureKind> IndicatorModel::editableKinds()
{
    return {FigureKind::Actual, FigureKind::Target, FigureKind::Plan};
}

QString IndicatorModel::kindText(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Actual: return tr("Outcome");
    case FigureKind::Target: return tr("Target");
    case FigureKind::Plan: break;
    }
    return tr("Plan");
}

QString IndicatorModel::confidenceText(Indicator::Confidence confidence)
{
    switch (confidence) {
    case Indicator::Confidence::High: return tr("High");
    case Indicator::Confidence::Medium: return tr("Medium");
    case Indicator::Confidence::Low: return tr("Low");
    }
    return {};
}

QString IndicatorModel::ruleText(const QString &rule)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("year-stated"), QT_TR_NOOP("a year named before it")},
        {QStringLiteral("section"), QT_TR_NOOP("the section it stands in (review or plan)")},
        {QStringLiteral("this-year-cue"), QT_TR_NOOP("今年 before it")},
        {QStringLiteral("past-year-cue"), QT_TR_NOOP("去年 or 一年来 before it")},
        {QStringLiteral("span-cue"), QT_TR_NOOP("a span named before it (五年来, 今后五年)")},
        {QStringLiteral("average"), QT_TR_NOOP("an average over a span (年均)")},
        {QStringLiteral("plan-named"), QT_TR_NOOP("a five-year plan named before it")},
        {QStringLiteral("target-cue"), QT_TR_NOOP("a target word in its clause (控制在, 预期, 力争)")},
        {QStringLiteral("estimate"), QT_TR_NOOP("an estimate (预计, 初步统计) of the year under review")},
        {QStringLiteral("list"), QT_TR_NOOP("its place in a list with 分别")},
        {QStringLiteral("from-to"), QT_TR_NOOP("one end of a change 从…到")},
        {QStringLiteral("no-context"), QT_TR_NOOP("nothing in the text dates it: assumed from the report's year")},
    };
    const char *text = texts.value(rule);
    return text ? tr(text) : rule;
}

QString IndicatorModel::confidenceNote(Indicator::Confidence confidence, const QString &rule)
{
    return tr("Confidence: %1 — %2").arg(confidenceText(confidence), ruleText(rule));
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
    case Qt::ToolTipRole:
        // The sentence, and why the figure reads as it does.
        return QStringLiteral("<p>%1</p><p><i>%2</i></p>")
            .arg(i.quote.toHtmlEscaped(), confidenceNote(i.confidence, i.rule).toHtmlEscaped());
    case Qt::FontRole:
        if (i.rejected) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (i.rejected || (index.column() == ConfidenceColumn && i.confidence != Indicator::Confidence::High))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default: break;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case IndicatorColumn: {
        const CatalogIndicator *known = m_catalog.indicator(i.indicatorId);
        return known ? known->nameFor(row->region) : i.indicatorId;
    }
    case MetricColumn: return metricText(i.metric);
    case KindColumn:
        if (role == Qt::EditRole)
            return kindText(i.kind);
        return i.estimated ? tr("%1 (estimated)").arg(kindText(i.kind)) : kindText(i.kind);
    case PeriodColumn: return FigureText::period(i);
    case ValueColumn:
        if (role == Qt::EditRole) {
            // Plain digits, never an exponent (1.39e+12), as the user would type them.
            const auto plain = [](double v) { return QString::number(v, 'f', QLocale::FloatingPointShortest); };
            return i.valueHigh ? plain(i.value) + u'-' + plain(*i.valueHigh) : plain(i.value);
        }
        return FigureText::value(i);
    case UnitColumn: return i.unit;
    case ConfidenceColumn: return confidenceText(i.confidence);
    case EditedColumn: return i.rejected ? tr("marked wrong") : i.userEdited ? tr("edited") : QString();
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
    case ConfidenceColumn: return tr("Confidence");
    case EditedColumn: return tr("Edited");
    case QuoteColumn: return tr("Sentence");
    default: return {};
    }
}

Qt::ItemFlags IndicatorModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ValueColumn || index.column() == UnitColumn || index.column() == PeriodColumn
        || index.column() == KindColumn)
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
        if (!ok)
            Q_EMIT editRefused(tr("“%1” is not a number (write 5.5, or a range as 6-6.5)").arg(text));
        break;
    }
    case UnitColumn:
        after.unit = text;
        // A level must stay convertible to its indicator's unit, or its chart would be wrong.
        ok = after.metric != Metric::Level || m_catalog.valueInCatalogUnit(after).has_value();
        if (!ok)
            Q_EMIT editRefused(tr("%1 cannot be drawn in %2: write a unit of the same kind (亿元, 万亿元, 万元…)")
                                   .arg(text,
                                        m_catalog.indicator(after.indicatorId)
                                            ? m_catalog.indicator(after.indicatorId)->unit
                                            : QString()));
        break;
    case PeriodColumn: {
        static const QRegularExpression period(QStringLiteral("^(\\d{4})(?:\\s*[-–~]\\s*(\\d{4}))?$"));
        const QRegularExpressionMatch m = period.match(text);
        ok = m.hasMatch();
        if (ok) {
            after.periodStart = m.captured(1).toInt();
            after.periodEnd = m.captured(2).isEmpty() ? after.periodStart : m.captured(2).toInt();
            ok = after.periodEnd >= after.periodStart;
        }
        if (!ok)
            Q_EMIT editRefused(tr("“%1” is not a year or a span of years (2024, 2021-2025)").arg(text));
        break;
    }
    case KindColumn: {
        // The editor offers the kinds by name; their codes are accepted too.
        const QList<FigureKind> kinds = editableKinds();
        const auto kind = std::find_if(kinds.cbegin(), kinds.cend(),
                                       [&](FigureKind k) { return text == figureKindName(k) || text == kindText(k); });
        ok = kind != kinds.cend();
        if (ok)
            after.kind = *kind;
        break;
    }
    default: return false;
    }
    if (!ok)
        return false;
    after.valueInCatalogUnit = m_catalog.valueInCatalogUnit(after);
    after.userEdited = true;
    Q_EMIT editRequested(row->id, row->reportId, row->indicator, after);
    return true;
}

void IndicatorModel::toggleWrong(int row)
{
    const IndicatorRow *r = rowAt(row);
    if (!r)
        return;
    Indicator after = r->indicator;
    after.rejected = !after.rejected;
    Q_EMIT editRequested(r->id, r->reportId, r->indicator, after);
}

} // namespace ReportLens
