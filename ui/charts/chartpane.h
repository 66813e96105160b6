#pragma once

#include "trend/trendseries.h"

#include <QWidget>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTabWidget;

namespace ReportLens {

class Document;
class LibraryReader;
struct KeywordTrends;

/// Trend charts: an indicator across years and regions (outcomes against targets), and keyword
/// frequencies with a timeline of each term's first appearances. Hovering a point shows its value and
/// source; clicking a point (or a first appearance) opens the report there.
class ChartPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPane(Document *document, QWidget *parent = nullptr);

    /// Fills the indicator, metric and region choices from the library.
    void reload();
    /// Draws the indicator chart for the current choices: the series are read on a worker,
    /// indicatorDrawn() when shown. A newer choice cancels an older read.
    void drawIndicator();
    /// Draws the keyword chart and fills the first-use table likewise; keywordsDrawn() when shown.
    void drawKeywords();

    QComboBox *indicatorBox() const { return m_indicator; }
    QComboBox *metricBox() const { return m_metric; }
    QListWidget *regionList() const { return m_regions; }
    QLineEdit *keywordEdit() const { return m_keywords; }
    QChartView *indicatorView() const { return m_indicatorView; }
    /// Under the keyword chart: where and when each term was first used, earliest first.
    QTableWidget *firstUses() const { return m_firstUses; }
    QTabWidget *tabs() const { return m_tabs; }

    /// Writes the chart on the current tab to @p path (PNG or SVG); false with @p error on failure.
    bool exportTo(const QString &path, QString *error);

public Q_SLOTS:
    void exportChart();

Q_SIGNALS:
    void pointActivated(qint64 reportId, qsizetype start);
    void indicatorDrawn();
    void keywordsDrawn();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadWhenShown();
    void fillMetrics();
    void connectPoints(const QList<TrendSeries> &series);
    void showIndicator(const QList<TrendSeries> &series);
    void showKeywords(const KeywordTrends &trends);
    QStringList checkedRegions() const;

    Document *m_document;
    LibraryReader *m_indicatorReader;
    LibraryReader *m_keywordReader;
    QTabWidget *m_tabs;
    QComboBox *m_indicator;
    QComboBox *m_metric;
    QListWidget *m_regions;
    QCheckBox *m_outcomes;
    QCheckBox *m_targets;
    QChartView *m_indicatorView;
    QLineEdit *m_keywords;
    QComboBox *m_keywordRegion;
    QChartView *m_keywordView;
    QLabel *m_keywordNote; ///< Says what a keyword line counts (one region, or regions pooled)
    QTableWidget *m_firstUses;
    QList<TrendSeries> m_series;
    QList<KeywordSeries> m_keywordSeries;
    bool m_stale = false; ///< The library changed while the pane was hidden.
};

} // namespace ReportLens
