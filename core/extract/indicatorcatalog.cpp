#include "indicatorcatalog.h"

#include "rules/indicatorrules.h"

namespace ReportLens {

QString IndicatorCatalog::defaultFingerprint()
{
    return IndicatorRules::shipped().fingerprint;
}

IndicatorCatalog IndicatorCatalog::loadDefault()
{
    return IndicatorRules::shipped().catalog;
}

const CatalogIndicator *IndicatorCatalog::indicator(const QString &id) const
{
    for (const CatalogIndicator &i : indicators)
        if (i.id == id)
            return &i;
    return nullptr;
}

std::optional<double> IndicatorCatalog::valueInCatalogUnit(const Indicator &figure) const
{
    if (figure.metric != Metric::Level)
        return figure.value;
    const CatalogIndicator *known = indicator(figure.indicatorId);
    const double factor = known ? conversion(*known, figure.unit) : 0;
    return factor > 0 ? std::optional<double>(figure.value * factor) : std::nullopt;
}

double IndicatorCatalog::conversion(const CatalogIndicator &indicator, const QString &written) const
{
    const QHash<QString, double> factors = conversions.value(indicator.unit);
    if (const auto direct = factors.constFind(written); direct != factors.cend())
        return *direct;
    double scale = 1;
    qsizetype base = 0;
    while (base < written.size() && magnitudes.contains(written[base]))
        scale *= magnitudes.value(written[base++]);
    return base > 0 && base < written.size() ? factors.value(written.mid(base), 0.0) * scale : 0.0;
}

} // namespace ReportLens
