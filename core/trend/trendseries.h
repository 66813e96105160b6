#pragma once

#include "model/report.h"

#include <QList>
#include <QString>

#include <optional>

namespace ReportLens {

/// One point of a trend: a figure for a year with where it came from.
struct TrendPoint
{
    int year = 0;
    double value = 0;
    std::optional<double> high; ///< Upper end of a range target
    qint64 reportId = 0; ///< The report that states it
    int reportYear = 0;
    qsizetype start = 0; ///< Offset of the number in that report's clean text
    QString quote;
    Indicator::Confidence confidence = Indicator::Confidence::High;
    QString rule;
    bool estimated = false;
};

/// An indicator × metric × region across years: outcomes (from report N+1 or later) and targets
/// (from report N). Plain data: the chart target and the GUI draw it.
struct TrendSeries
{
    QString region;
    QString indicatorId;
    QString indicatorName;
    Metric metric = Metric::Level;
    QString unit; ///< "%" for growth and rates, the catalog unit for levels
    QList<TrendPoint> outcomes; ///< Ascending by year
    QList<TrendPoint> targets; ///< Ascending by year
};

/// How often a term occurs, per 10,000 characters, in each year's reports of a region.
/// The first report of a region that uses a term (the earliest year; the lowest id among reports
/// of that year).
struct FirstUse
{
    QString region;
    int year = 0;
    qint64 reportId = 0;
    int hits = 0; ///< Occurrences in that report
};

struct KeywordSeries
{
    QString term;
    QString region; ///< Empty: all regions pooled
    int pooledRegions = 0; ///< How many regions a pooled series adds up
    QList<std::pair<int, double>> points; ///< (year, occurrences per 10,000 characters), ascending
};

} // namespace ReportLens
