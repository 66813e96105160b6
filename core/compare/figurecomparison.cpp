#include "figurecomparison.h"

#include "extract/figuretext.h"

#include <QHash>

namespace ReportLens {

QString FigureChange::difference() const
{
    return left && right ? FigureText::difference(*left, *right, unit) : QString();
}

FigureChange::Target FigureChange::target() const
{
    if (kind != FigureKind::Target || !left || !right)
        return Target::NotATarget;
    // Compared in the catalog unit where there is one (a level may be written in another unit).
    const double from = left->valueInCatalogUnit.value_or(left->value);
    const double to = right->valueInCatalogUnit.value_or(right->value);
    const double fromHigh = left->valueHigh.value_or(left->value), toHigh = right->valueHigh.value_or(right->value);
    if (qFuzzyCompare(1 + from, 1 + to) && qFuzzyCompare(1 + fromHigh, 1 + toHigh))
        return Target::Kept;
    return to + toHigh > from + fromHigh ? Target::Raised : Target::Lowered;
}

namespace FigureComparison {

QList<FigureChange> compare(const QList<IndicatorRow> &left, const QList<IndicatorRow> &right,
                            const IndicatorCatalog &catalog)
{
    QHash<QString, FigureChange> rows;
    QStringList order; // keys as the reports first state them
    const auto key = [](const Indicator &i) {
        return i.indicatorId + u'/' + metricName(i.metric) + u'/' + figureKindName(i.kind);
    };
    const auto add = [&](const QList<IndicatorRow> &list, bool isLeft) {
        for (const IndicatorRow &r : list) {
            const QString k = key(r.indicator);
            FigureChange &row = rows[k];
            if (row.indicatorId.isEmpty()) {
                order.append(k);
                const CatalogIndicator *c = catalog.indicator(r.indicator.indicatorId);
                row.indicatorId = r.indicator.indicatorId;
                row.name = c ? c->nameFor(r.region) : r.indicator.indicatorId;
                row.metric = r.indicator.metric;
                row.kind = r.indicator.kind;
                row.unit = c ? c->unit : QString();
            }
            std::optional<Indicator> &slot = isLeft ? row.left : row.right;
            const bool single = r.indicator.periodStart == r.indicator.periodEnd;
            if (!slot || (single && slot->periodStart != slot->periodEnd))
                slot = r.indicator;
        }
    };
    add(left, true);
    add(right, false);
    // Catalog order, then metric and kind as the reports first state them.
    QList<FigureChange> ordered;
    for (const CatalogIndicator &c : catalog.indicators)
        for (const QString &k : std::as_const(order))
            if (rows[k].indicatorId == c.id)
                ordered.append(rows[k]);
    return ordered;
}

} // namespace FigureComparison
} // namespace ReportLens
