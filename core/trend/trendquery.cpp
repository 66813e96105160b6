#include "trendquery.h"

#include "store/indicatorstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"

#include <QHash>
#include <QMap>

namespace ReportLens {

TrendQuery::TrendQuery(Library &library) : m_library(library) {}

QList<TrendSeries> TrendQuery::indicatorSeries(const QString &indicatorId, const QString &metric,
                                               const QStringList &regions) const
{
    IndicatorStore store(m_library);
    const IndicatorCatalog catalog = store.catalog();
    const CatalogIndicator *indicator = catalog.indicator(indicatorId);

    // region → year → best point so far
    QMap<QString, QMap<int, TrendPoint>> outcomes, targets;
    for (const IndicatorRow &row : store.rows(0, indicatorId, regions)) {
        const Indicator &i = row.indicator;
        // A level kept in another currency (亿美元) is not drawn on an axis in 亿元.
        const bool level = metric == QStringLiteral("level");
        if (i.metric != metric || i.periodStart != i.periodEnd || (level && !i.valueInCatalogUnit))
            continue;
        TrendPoint p;
        p.year = i.periodStart;
        p.value = level ? *i.valueInCatalogUnit : i.value;
        p.high = i.valueHigh;
        p.reportId = row.reportId;
        p.reportYear = row.reportYear;
        p.start = i.numberStart;
        p.quote = i.quote;
        p.confidence = i.confidence;
        p.rule = i.rule;
        p.estimated = i.estimated;
        if (i.kind == QStringLiteral("actual") && row.reportYear > p.year) {
            QMap<int, TrendPoint> &byYear = outcomes[row.region];
            // The first outcome published wins: later reports may revise it.
            if (!byYear.contains(p.year) || byYear[p.year].reportYear > row.reportYear)
                byYear[p.year] = p;
        } else if (i.kind == QStringLiteral("target") && row.reportYear == p.year) {
            targets[row.region].insert(p.year, p);
        }
    }
    QStringList names = regions;
    if (names.isEmpty()) {
        for (const QString &r : outcomes.keys() + targets.keys())
            if (!names.contains(r))
                names.append(r);
    }
    QList<TrendSeries> series;
    for (const QString &region : names) {
        TrendSeries s;
        s.region = region;
        s.indicatorId = indicatorId;
        s.indicatorName = indicator ? indicator->name : indicatorId;
        s.metric = metric;
        s.unit = metric == QStringLiteral("level") && indicator ? indicator->unit : QStringLiteral("%");
        s.outcomes = outcomes.value(region).values();
        s.targets = targets.value(region).values();
        series.append(s);
    }
    return series;
}

KeywordSeries TrendQuery::keywordSeries(const QString &term, const QString &region) const
{
    KeywordSeries series;
    series.term = term;
    series.region = region;
    QHash<qint64, int> yearOf;
    QMap<int, double> characters;
    for (const DatedReport &r : ReportStore(m_library).datedReports(region)) {
        yearOf.insert(r.id, r.year);
        characters[r.year] += double(r.chars);
    }
    QMap<int, int> hits;
    for (const SearchMatch &match : SearchIndex(m_library).matchingReports(term))
        if (yearOf.contains(match.reportId))
            hits[yearOf.value(match.reportId)] += match.hitCount;
    for (auto it = characters.cbegin(); it != characters.cend(); ++it)
        series.points.append({it.key(), it.value() > 0 ? hits.value(it.key()) * 10000.0 / it.value() : 0.0});
    return series;
}

} // namespace ReportLens
