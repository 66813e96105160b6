#pragma once

#include "model/report.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReportLens {

/// One indicator of the catalog (地区生产总值, 城镇调查失业率, …).
struct CatalogIndicator
{
    QString id;
    QString name;
    QList<Metric> metrics;
    QString unit; ///< The unit levels are converted to: 亿元, 元, 万人, 万吨, %
    bool userDefined = false;
    /// "end": a level stated for a span is its last year's (GDP reached …); "sum": it adds up over
    /// the span (城镇新增就业 over five years).
    QString levelOverSpan = QStringLiteral("end");
    /// The name national reports use where it differs (国内生产总值 for 地区生产总值).
    QString nationalName = {};

    /// The name a report of @p region uses for it.
    QString nameFor(const QString &region) const
    {
        return isNationalRegion(region) && !nationalName.isEmpty() ? nationalName : name;
    }
};

/// A phrase that names an indicator, optionally only for some metrics (经济增长 → gdp growth).
struct CatalogAlias
{
    QString alias;
    QString indicatorId;
    QList<Metric> metrics; ///< Empty: all metrics of the indicator.
};

/// A phrase that names several indicators in order: 城乡常住居民人均可支配收入分别增长6.1%和10.4%.
struct CatalogDistribution
{
    QString alias;
    QStringList indicatorIds;
};

/// The indicator catalog: indicators, aliases and distribution phrases, plus the fixed vocabulary
/// (units with conversions, qualifiers, distractor words) from resources/indicators.json. The
/// indicators and aliases live in the library so users can extend them; see IndicatorStore.
class IndicatorCatalog
{
public:
    /// The catalog shipped in resources/indicators.json (IndicatorRules::shipped()).
    static IndicatorCatalog loadDefault();
    /// Changes whenever the shipped catalog file changes (a hash of it): a library that merged an
    /// older one merges it again (see IndicatorStore::catalog).
    static QString defaultFingerprint();

    QList<CatalogIndicator> indicators;
    QList<CatalogAlias> aliases;
    QList<CatalogDistribution> distributions;

    QStringList units; ///< Units as written.
    QHash<QString, QHash<QString, double>> conversions; ///< catalog unit → written unit → factor
    QHash<QString, QStringList> keptAsWritten; ///< catalog unit → units kept as written (亿美元 for 亿元)
    QHash<QChar, double> magnitudes; ///< 千, 万, 亿 before a unit, alone or combined
    QStringList qualifiersBefore;
    QStringList qualifiersAfter;
    QStringList distractorsBefore;
    QStringList distractorsAfter;

    const CatalogIndicator *indicator(const QString &id) const;
    /// Factor converting @p written to @p indicator's unit; 0 if they do not convert. A written unit
    /// with magnitudes the conversions do not list (万亿斤) converts as its base unit times them.
    double conversion(const CatalogIndicator &indicator, const QString &written) const;
    /// @p figure's value in its indicator's unit: a level converted from its unit as written
    /// (none when that does not convert), rates and growth as they are.
    std::optional<double> valueInCatalogUnit(const Indicator &figure) const;
};

} // namespace ReportLens
