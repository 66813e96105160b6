#include "trendchart.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <cmath>

namespace ReportLens {

namespace {

QFont chartFont(qreal pointSize, bool bold = false)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"), -1, bold ? QFont::Bold : QFont::Normal);
    font.setPointSizeF(pointSize);
    return font;
}

// Distinct, colour-blind friendly hues (Okabe–Ito), one per region.
QColor regionColor(qsizetype index)
{
    static const QList<QColor> palette = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                                          QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9)};
    return palette[index % palette.size()];
}

// The word after the indicator's name in a label: 地区生产总值增长, 城镇调查失业率 (a rate names itself).
QString metricWord(Metric metric)
{
    switch (metric) {
    case Metric::Growth: return QStringLiteral("增长");
    case Metric::Rate: return QString();
    case Metric::Level: break;
    }
    return QStringLiteral("总量");
}

} // namespace

QString TrendChart::metricLabel(const TrendSeries &series)
{
    return QStringLiteral("%1%2（%3）").arg(series.indicatorName, metricWord(series.metric), series.unit);
}

QChart *TrendChart::build(const QList<TrendSeries> &series, const QList<KeywordSeries> &keywords,
                          const Options &options)
{
    auto *chart = new QChart;
    chart->setFont(chartFont(10));
    chart->setTitleFont(chartFont(14, true));
    chart->legend()->setFont(chartFont(10));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundBrush(Qt::white);

    auto *xAxis = new QValueAxis;
    xAxis->setLabelFormat(QStringLiteral("%d"));
    xAxis->setTitleText(QStringLiteral("年份"));
    xAxis->setTitleFont(chartFont(10));
    xAxis->setLabelsFont(chartFont(9));
    chart->addAxis(xAxis, Qt::AlignBottom);

    int minYear = 9999, maxYear = 0;
    double minValue = 1e300, maxValue = -1e300;
    auto extend = [&](int year, double value) {
        minYear = std::min(minYear, year);
        maxYear = std::max(maxYear, year);
        minValue = std::min(minValue, value);
        maxValue = std::max(maxValue, value);
    };

    QValueAxis *yAxis = nullptr;
    if (!series.isEmpty()) {
        yAxis = new QValueAxis;
        yAxis->setTitleText(metricLabel(series.first()));
        yAxis->setTitleFont(chartFont(10));
        yAxis->setLabelsFont(chartFont(9));
        chart->addAxis(yAxis, Qt::AlignLeft);
    }
    for (qsizetype r = 0; r < series.size(); ++r) {
        const TrendSeries &s = series[r];
        const QColor color = regionColor(r);
        if (options.outcomes && !s.outcomes.isEmpty()) {
            // Years without an outcome break the line rather than bridge decades with a straight segment.
            QLineSeries *line = nullptr;
            int previousYear = 0;
            for (const TrendPoint &p : s.outcomes) {
                if (!line || p.year - previousYear > 2) {
                    const bool first = line == nullptr;
                    line = new QLineSeries;
                    line->setName(QStringLiteral("%1 实际").arg(s.region));
                    line->setPen(QPen(color, 2.5));
                    line->setPointsVisible(true);
                    chart->addSeries(line);
                    line->attachAxis(xAxis);
                    line->attachAxis(yAxis);
                    if (!first)
                        chart->legend()->markers(line).first()->setVisible(false);
                }
                line->append(p.year, p.value);
                extend(p.year, p.value);
                previousYear = p.year;
            }
        }
        if (options.targets && !s.targets.isEmpty()) {
            auto *markers = new QScatterSeries;
            markers->setName(QStringLiteral("%1 目标").arg(s.region));
            markers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            markers->setMarkerSize(11);
            markers->setColor(Qt::white);
            markers->setBorderColor(color);
            markers->setPen(QPen(color, 2));
            for (const TrendPoint &p : s.targets) {
                markers->append(p.year, p.value);
                extend(p.year, p.value);
                if (p.high) {
                    // A range target (6.5%－7%) as a bar from its low to its high end.
                    auto *band = new QLineSeries;
                    band->setPen(QPen(color, 5, Qt::SolidLine, Qt::FlatCap));
                    band->append(p.year, p.value);
                    band->append(p.year, *p.high);
                    extend(p.year, *p.high);
                    chart->addSeries(band);
                    band->attachAxis(xAxis);
                    band->attachAxis(yAxis);
                    chart->legend()->markers(band).first()->setVisible(false);
                }
            }
            chart->addSeries(markers);
            markers->attachAxis(xAxis);
            markers->attachAxis(yAxis);
        }
    }

    if (!keywords.isEmpty()) {
        auto *keywordAxis = new QValueAxis;
        keywordAxis->setTitleText(QStringLiteral("每万字出现次数"));
        keywordAxis->setTitleFont(chartFont(10));
        keywordAxis->setLabelsFont(chartFont(9));
        chart->addAxis(keywordAxis, series.isEmpty() ? Qt::AlignLeft : Qt::AlignRight);
        double keywordMax = 0;
        for (qsizetype k = 0; k < keywords.size(); ++k) {
            auto *line = new QLineSeries;
            // A pooled line says so: years of different regions' reports added up.
            line->setName(keywords[k].region.isEmpty()
                              ? QStringLiteral("“%1” %2个地区合计").arg(keywords[k].term).arg(keywords[k].pooledRegions)
                              : QStringLiteral("“%1” %2").arg(keywords[k].term, keywords[k].region));
            line->setPen(QPen(regionColor(series.size() + k), 2, series.isEmpty() ? Qt::SolidLine : Qt::DashLine));
            line->setPointsVisible(true);
            for (const auto &[year, value] : keywords[k].points) {
                line->append(year, value);
                minYear = std::min(minYear, year);
                maxYear = std::max(maxYear, year);
                keywordMax = std::max(keywordMax, value);
            }
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(keywordAxis);
        }
        keywordAxis->setRange(0, keywordMax > 0 ? keywordMax * 1.1 : 1);
        keywordAxis->applyNiceNumbers();
    }

    if (maxYear >= minYear) {
        xAxis->setRange(minYear - 1, maxYear + 1);
        // Ticks on round years, at most about a dozen whatever the span: every year for short
        // series, then every 2, 5, 10, 20, 50… years (each label costs layout time).
        const int span = maxYear - minYear + 2;
        int interval = 1;
        for (int magnitude = 1; interval * 12 < span; magnitude *= 10)
            for (const int step : {1, 2, 5})
                if ((interval = step * magnitude) * 12 >= span)
                    break;
        xAxis->setTickType(QValueAxis::TicksDynamic);
        xAxis->setTickAnchor(0);
        xAxis->setTickInterval(interval);
    }
    if (yAxis && maxValue >= minValue) {
        const double margin = std::max((maxValue - minValue) * 0.1, 0.5);
        yAxis->setRange(std::min(0.0, minValue - margin), maxValue + margin);
        yAxis->applyNiceNumbers();
    }
    QString title = options.title;
    if (title.isEmpty() && !series.isEmpty())
        title = QStringLiteral("%1：目标与实际").arg(metricLabel(series.first()));
    else if (title.isEmpty() && !keywords.isEmpty())
        title = QStringLiteral("关键词词频（每万字）");
    chart->setTitle(title);
    return chart;
}

bool TrendChart::render(const QList<TrendSeries> &series, const QList<KeywordSeries> &keywords, const Options &options,
                        const QString &path, QSize size, QString *error)
{
    QGraphicsScene scene;
    QChart *chart = build(series, keywords, options);
    scene.addItem(chart); // the scene owns it now
    chart->resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));

    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart->title());
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = QStringLiteral("%1: cannot be written").arg(path);
            return false;
        }
        scene.render(&painter);
        painter.end();
        return true;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter);
    }
    if (!image.save(path)) {
        *error = QStringLiteral("%1: cannot be written (unknown image format or unwritable folder)").arg(path);
        return false;
    }
    return true;
}

} // namespace ReportLens
