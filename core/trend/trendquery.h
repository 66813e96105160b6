#pragma once

#include "trendseries.h"

#include <QStringList>

namespace ReportLens {

class Library;

/// Builds trend series from the library's indicators and search index.
class TrendQuery
{
public:
    explicit TrendQuery(Library &library);

    /// One series per region (all regions that have the indicator when @p regions is empty).
    /// The outcome of year N is taken from the earliest report after N that states it.
    QList<TrendSeries> indicatorSeries(const QString &indicatorId, Metric metric,
                                       const QStringList &regions = {}) const;

    /// Occurrences of @p term per 10,000 characters of each year's reports (of @p region, or all
    /// regions pooled: then pooledRegions says how many).
    KeywordSeries keywordSeries(const QString &term, const QString &region = {}) const;
    /// One series of @p term per region with reports of two years or more, the regions with the
    /// most years first, at most @p limit; @p leftOut counts the regions not drawn. Reports of
    /// unknown region are in no series.
    QList<KeywordSeries> keywordSeriesByRegion(const QString &term, int limit, int *leftOut) const;
    /// Where @p term was first used: per region (only @p region when given), the earliest dated
    /// report that contains it, earliest first. Reports of unknown year are left out; those of
    /// unknown region count as one region with an empty name.
    QList<FirstUse> firstUses(const QString &term, const QString &region = {}) const;

private:
    Library &m_library;
};

} // namespace ReportLens
