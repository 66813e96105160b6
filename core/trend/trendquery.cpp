#include "trendquery.h"

#include "store/indicatorstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace ReportLens {

TrendQuery::TrendQuery(Library &library)
    : m_library(library)
{ }

QList<TrendSeries> TrendQuery::indicatorSeries(const QString &indicatorId, Metric metric,
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
        const bool level = metric == Metric::Level;
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
        if (i.kind == FigureKind::Actual && row.reportYear > p.year) {
            QMap<int, TrendPoint> &byYear = outcomes[row.region];
            // The first outcome published wins: later reports may revise it.
            if (!byYear.contains(p.year) || byYear[p.year].reportYear > row.reportYear)
                byYear[p.year] = p;
        } else if (i.kind == FigureKind::Target && row.reportYear == p.year) {
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
        s.unit = metric == Metric::Level && indicator ? indicator->unit : QStringLiteral("%");
        s.outcomes = outcomes.value(region).values();
        s.targets = targets.value(region).values();
        series.append(s);
    }
    return series;
}

namespace {
/// Characters and hits of one region's (or the pool's) reports of one year.
struct YearCount
{
    double characters = 0;
    qint64 hits = 0;
};

QList<std::pair<int, double>> perTenThousand(const QMap<int, YearCount> &years)
{
    QList<std::pair<int, double>> points;
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        points.append({it.key(), it->characters > 0 ? double(it->hits) * 10000.0 / it->characters : 0.0});
    return points;
}
} // namespace

KeywordSeries TrendQuery::keywordSeries(const QString &term, const QString &region) const
{
    KeywordSeries series;
    series.term = term;
    series.region = region;
    QMap<int, YearCount> years;
    QSet<QString> regions;
    for (const RegionYearCharacters &g : ReportStore(m_library).charactersPerRegionAndYear(region)) {
        years[g.year].characters += double(g.characters);
        regions.insert(g.region);
    }
    for (const YearHits &h :
         SearchIndex(m_library).hitsPerYear(term, region.isEmpty() ? QStringList() : QStringList{region}))
        years[h.year].hits += h.hits;
    series.points = perTenThousand(years);
    series.pooledRegions = region.isEmpty() ? int(regions.size()) : 0;
    return series;
}

QList<FirstUse> TrendQuery::firstUses(const QString &term, const QString &region) const
{
    QList<FirstUse> uses;
    for (const EarliestMatch &e : SearchIndex(m_library).earliestMatchPerRegion(term, region))
        uses.append({e.region, e.year, e.match.reportId, e.match.hitCount});
    std::sort(uses.begin(), uses.end(), [](const FirstUse &a, const FirstUse &b) {
        return a.year != b.year ? a.year < b.year : a.region < b.region;
    });
    return uses;
}

QList<KeywordSeries> TrendQuery::keywordSeriesByRegion(const QString &term, int limit, int *leftOut) const
{
    // Which regions get a line does not depend on the term (those with most years), so their hits
    // are counted only once they are chosen.
    QMap<QString, QMap<int, YearCount>> byRegion;
    for (const RegionYearCharacters &g : ReportStore(m_library).charactersPerRegionAndYear()) {
        if (g.region.isEmpty())
            continue; // reports of unknown places make no region's line
        byRegion[g.region][g.year].characters += double(g.characters);
    }
    QStringList drawn;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it)
        if (it->size() >= 2) // one year is a point, not a trend
            drawn.append(it.key());
    std::stable_sort(drawn.begin(), drawn.end(),
                     [&](const QString &a, const QString &b) { return byRegion[a].size() > byRegion[b].size(); });
    drawn = drawn.mid(0, limit);
    *leftOut = int(byRegion.size() - drawn.size());
    if (drawn.isEmpty())
        return {}; // (no regions would ask hitsPerYear for every region's hits)
    for (const YearHits &h : SearchIndex(m_library).hitsPerYear(term, drawn))
        byRegion[h.region][h.year].hits += h.hits;
    QList<KeywordSeries> series;
    for (const QString &region : std::as_const(drawn))
        series.append({term, region, 0, perTenThousand(byRegion[region])});
    return series;
}

} // namespace ReportLens
