#pragma once

#include "trend/trendseries.h"

#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ReportLens {

/// Turns trend series into a Qt Charts chart: outcomes as lines, targets as markers (a vertical bar
/// for a range target), keyword frequencies as lines on their own axis. Chinese labels use a CJK font.
class TrendChart
{
public:
    struct Options
    {
        bool outcomes = true;
        bool targets = true;
        QString title; ///< Empty: made from the indicator and metric
    };

    /// A new chart (the caller owns it). Needs a QApplication (Qt Charts draws with widgets).
    static QChart *build(const QList<TrendSeries> &series, const QList<KeywordSeries> &keywords,
                         const Options &options);

    /// Renders to @p path: PNG (or any raster format Qt writes) or SVG, chosen by the suffix.
    static bool render(const QList<TrendSeries> &series, const QList<KeywordSeries> &keywords, const Options &options,
                       const QString &path, QSize size, QString *error);

    /// "地区生产总值增长（%）", "城镇新增就业（万人）".
    static QString metricLabel(const TrendSeries &series);
};

} // namespace ReportLens
