#include "chartpane.h"

#include "indicators/indicatormodel.h"
#include "document/document.h"
#include "document/libraryreader.h"
#include "settings.h"

#include "charts/trendchart.h"
#include "store/indicatorstore.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "trend/trendquery.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QLineF>
#include <QToolTip>
#include <QXYSeries>

namespace ReportLens {

namespace {
/// The keyword chart's "Each region" choice (a region is never named so).
const QString EachRegion = QStringLiteral("*each*");
/// More lines than this are unreadable.
constexpr int MaxKeywordLines = 8;
} // namespace

ChartPane::ChartPane(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_indicatorReader(new LibraryReader(document->library(), this))
    , m_keywordReader(new LibraryReader(document->library(), this))
    , m_tabs(new QTabWidget)
    , m_indicator(new QComboBox)
    , m_metric(new QComboBox)
    , m_regions(new QListWidget)
    , m_outcomes(new QCheckBox(tr("Outcomes")))
    , m_targets(new QCheckBox(tr("Targets")))
    , m_indicatorView(new QChartView)
    , m_keywords(new QLineEdit)
    , m_keywordRegion(new QComboBox)
    , m_keywordView(new QChartView)
    , m_keywordNote(new QLabel)
    , m_firstUses(new QTableWidget)
{
    m_outcomes->setChecked(true);
    m_targets->setChecked(true);
    m_regions->setMaximumWidth(220);
    m_indicatorView->setRenderHint(QPainter::Antialiasing);
    m_keywordView->setRenderHint(QPainter::Antialiasing);

    auto *indicatorTab = new QWidget;
    auto *controls = new QFormLayout;
    controls->addRow(tr("Indicator:"), m_indicator);
    controls->addRow(tr("Metric:"), m_metric);
    controls->addRow(tr("Regions:"), m_regions);
    controls->addRow(m_outcomes);
    controls->addRow(m_targets);
    auto *exportButton = new QPushButton(tr("Export…"));
    controls->addRow(exportButton);
    auto *indicatorLayout = new QHBoxLayout(indicatorTab);
    indicatorLayout->addLayout(controls);
    indicatorLayout->addWidget(m_indicatorView, 1);

    auto *keywordTab = new QWidget;
    m_keywords->setPlaceholderText(tr("Terms separated by commas: 高质量发展, 疫情"));
    auto *draw = new QPushButton(tr("Draw"));
    auto *keywordExport = new QPushButton(tr("Export…"));
    auto *keywordControls = new QHBoxLayout;
    keywordControls->addWidget(m_keywords, 1);
    keywordControls->addWidget(m_keywordRegion);
    keywordControls->addWidget(draw);
    keywordControls->addWidget(keywordExport);
    auto *keywordLayout = new QVBoxLayout(keywordTab);
    keywordLayout->addLayout(keywordControls);
    keywordLayout->addWidget(m_keywordNote);
    m_firstUses->setColumnCount(4);
    m_firstUses->setHorizontalHeaderLabels({tr("First used"), tr("Term"), tr("Report"), tr("Uses")});
    m_firstUses->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_firstUses->horizontalHeader()->setStretchLastSection(true);
    m_firstUses->verticalHeader()->hide();
    m_firstUses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_firstUses->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_firstUses->setToolTip(tr("Double-click to open the report where the term was first used"));
    connect(m_firstUses, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const qint64 reportId = m_firstUses->item(item->row(), 2)->data(Qt::UserRole).toLongLong();
        const QString term = m_firstUses->item(item->row(), 1)->text();
        const QList<SearchHit> hits = SearchIndex(m_document->library()).hitsIn(reportId, term, 1);
        Q_EMIT pointActivated(reportId, hits.isEmpty() ? 0 : hits.first().start);
    });
    auto *keywordSplitter = new QSplitter(Qt::Vertical);
    keywordSplitter->addWidget(m_keywordView);
    keywordSplitter->addWidget(m_firstUses);
    keywordSplitter->setStretchFactor(0, 3);
    keywordSplitter->setStretchFactor(1, 1);
    keywordSplitter->setSizes({600, 200}); // the chart gets the room, the timeline what it needs
    keywordLayout->addWidget(keywordSplitter, 1);

    m_tabs->addTab(indicatorTab, tr("Indicators"));
    m_tabs->addTab(keywordTab, tr("Keywords"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        fillMetrics();
        drawIndicator();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ChartPane::drawIndicator);
    connect(m_regions, &QListWidget::itemChanged, this, &ChartPane::drawIndicator);
    connect(m_outcomes, &QCheckBox::toggled, this, &ChartPane::drawIndicator);
    connect(m_targets, &QCheckBox::toggled, this, &ChartPane::drawIndicator);
    connect(draw, &QPushButton::clicked, this, &ChartPane::drawKeywords);
    connect(m_keywords, &QLineEdit::returnPressed, this, &ChartPane::drawKeywords);
    connect(exportButton, &QPushButton::clicked, this, &ChartPane::exportChart);
    connect(keywordExport, &QPushButton::clicked, this, &ChartPane::exportChart);
    connect(document, &Document::libraryChanged, this, &ChartPane::reloadWhenShown);
    connect(document, &Document::reportChanged, this, [this](qint64, Document::Changes what) {
        if (!(what & (Document::Change::Figures | Document::Change::Text)))
            return;
        if (isVisible())
            drawIndicator();
        else
            m_stale = true;
    });
    reloadWhenShown();
}

void ChartPane::reloadWhenShown()
{
    // A hidden pane waits: reading a large library's figures for a chart nobody sees would only
    // slow the window's start and every import.
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void ChartPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ChartPane::reload()
{
    m_stale = false;
    const IndicatorCatalog catalog = IndicatorStore(m_document->library()).catalog();
    const QString current = m_indicator->currentData().toString();
    {
        QSignalBlocker block(m_indicator);
        m_indicator->clear();
        for (const CatalogIndicator &i : catalog.indicators)
            m_indicator->addItem(i.name, i.id);
        m_indicator->setCurrentIndex(
            std::max(0, m_indicator->findData(current.isEmpty() ? QStringLiteral("gdp") : current)));
    }
    {
        QSignalBlocker block(m_regions);
        const QStringList checked = checkedRegions();
        m_regions->clear();
        const QStringList regions = ReportStore(m_document->library()).regions();
        for (const QString &region : regions) {
            auto *item = new QListWidgetItem(region, m_regions);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool on =
                checked.isEmpty() ? isNationalRegion(region) || regions.size() == 1 : checked.contains(region);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
        // Keyword trends: one line per region by default (national reports alone where there are
        // some); pooling regions is a choice the chart names, as it mixes reports of different places.
        QSignalBlocker keywordBlock(m_keywordRegion);
        const QVariant chosen = m_keywordRegion->currentIndex() >= 0 ? m_keywordRegion->currentData() : QVariant();
        m_keywordRegion->clear();
        m_keywordRegion->addItem(tr("Each region"), EachRegion);
        m_keywordRegion->addItem(tr("All regions pooled"), QString());
        for (const QString &region : regions)
            m_keywordRegion->addItem(region, region);
        const auto national = std::find_if(regions.cbegin(), regions.cend(), isNationalRegion);
        const QString byDefault = national != regions.cend() ? *national : EachRegion;
        m_keywordRegion->setCurrentIndex(
            std::max(0, m_keywordRegion->findData(chosen.isValid() ? chosen : QVariant(byDefault))));
    }
    fillMetrics();
    drawIndicator();
}

void ChartPane::fillMetrics()
{
    const IndicatorCatalog catalog = IndicatorStore(m_document->library()).catalog();
    const CatalogIndicator *indicator = catalog.indicator(m_indicator->currentData().toString());
    QSignalBlocker block(m_metric);
    // The item data is the Metric as an int: a QVariant of it compares by value.
    const QVariant current = m_metric->currentData();
    m_metric->clear();
    if (!indicator)
        return;
    for (const Metric metric : indicator->metrics) {
        const QString label = metric == Metric::Growth ? tr("Growth (%)")
            : metric == Metric::Rate                   ? tr("Rate (%)")
                                                       : tr("Level (%1)").arg(indicator->unit);
        m_metric->addItem(label, int(metric));
    }
    m_metric->setCurrentIndex(
        std::max(0, m_metric->findData(current.isValid() ? current : QVariant(int(Metric::Growth)))));
}

QStringList ChartPane::checkedRegions() const
{
    QStringList regions;
    for (int i = 0; i < m_regions->count(); ++i)
        if (m_regions->item(i)->checkState() == Qt::Checked)
            regions.append(m_regions->item(i)->text());
    return regions;
}

void ChartPane::drawIndicator()
{
    const QStringList regions = checkedRegions();
    const QString indicator = m_indicator->currentData().toString();
    // No metric before an indicator is chosen: nothing to draw, as with no region.
    const bool drawable = !regions.isEmpty() && m_metric->currentIndex() >= 0;
    const Metric metric = Metric(m_metric->currentData().toInt());
    m_indicatorReader->read<QList<TrendSeries>>(
        [indicator, metric, regions, drawable](Library &library, const LibraryReader::Cancelled &) {
            return drawable ? TrendQuery(library).indicatorSeries(indicator, metric, regions) : QList<TrendSeries>();
        },
        [this](const QList<TrendSeries> &series) { showIndicator(series); });
}

void ChartPane::showIndicator(const QList<TrendSeries> &series)
{
    m_series = series;
    TrendChart::Options options;
    options.outcomes = m_outcomes->isChecked();
    options.targets = m_targets->isChecked();
    QChart *chart = TrendChart::build(m_series, {}, options);
    QChart *old = m_indicatorView->chart();
    m_indicatorView->setChart(chart);
    delete old;
    connectPoints(m_series);
    Q_EMIT indicatorDrawn();
}

void ChartPane::connectPoints(const QList<TrendSeries> &series)
{
    // Every plotted point maps back to the figure it came from.
    auto findPoint = [series](const QPointF &p) -> const TrendPoint * {
        for (const TrendSeries &s : series)
            for (const QList<TrendPoint> *list : {&s.outcomes, &s.targets})
                for (const TrendPoint &t : *list)
                    if (t.year == qRound(p.x()) && std::abs(t.value - p.y()) < 1e-6)
                        return &t;
        return nullptr;
    };
    for (QAbstractSeries *abstract : m_indicatorView->chart()->series()) {
        auto *xy = qobject_cast<QXYSeries *>(abstract);
        if (!xy)
            continue;
        // A line reports where on it the cursor is, not its nearest point: take the point drawn
        // nearest the cursor, if it is within a few pixels.
        auto nearestPoint = [this, xy](const QPointF &at) -> std::optional<QPointF> {
            const QPointF cursor = m_indicatorView->chart()->mapToPosition(at, xy);
            std::optional<QPointF> best;
            qreal bestDistance = 12;
            for (const QPointF &p : xy->points()) {
                const qreal distance = QLineF(cursor, m_indicatorView->chart()->mapToPosition(p, xy)).length();
                if (distance <= bestDistance) {
                    bestDistance = distance;
                    best = p;
                }
            }
            return best;
        };
        connect(xy, &QXYSeries::hovered, this, [this, findPoint, nearestPoint](const QPointF &point, bool state) {
            const std::optional<QPointF> drawn = state ? nearestPoint(point) : std::nullopt;
            const TrendPoint *t = drawn ? findPoint(*drawn) : nullptr;
            if (!t) {
                QToolTip::hideText();
                return;
            }
            // The figure, its report, the sentence it comes from and how sure the extractor is of it.
            const QString value =
                t->high ? QStringLiteral("%1–%2").arg(t->value).arg(*t->high) : QString::number(t->value);
            QString sentence = t->quote.simplified();
            if (sentence.size() > 300)
                sentence = sentence.left(300) + QStringLiteral("…");
            QToolTip::showText(
                QCursor::pos(),
                QStringLiteral("<p style='white-space:pre-wrap'><b>%1: %2</b>%3<br/>%4</p><p>%5</p><p><i>%6</i></p>")
                    .arg(t->year)
                    .arg(value.toHtmlEscaped(), t->estimated ? tr(" (estimated)") : QString(),
                         tr("from the %1 report").arg(t->reportYear), sentence.toHtmlEscaped(),
                         IndicatorModel::confidenceNote(t->confidence, t->rule).toHtmlEscaped()),
                m_indicatorView);
        });
        connect(xy, &QXYSeries::clicked, this, [this, findPoint, nearestPoint](const QPointF &point) {
            const std::optional<QPointF> drawn = nearestPoint(point);
            if (const TrendPoint *t = drawn ? findPoint(*drawn) : nullptr)
                Q_EMIT pointActivated(t->reportId, t->start);
        });
    }
}

/// What the keyword tab shows, read on a worker.
struct KeywordTrends
{
    QString region; ///< EachRegion, empty (pooled) or one region
    QList<KeywordSeries> series;
    int leftOut = 0; ///< Regions not drawn (one year only, or past the limit)
    QList<std::pair<QString, FirstUse>> firstUses; ///< Earliest first
};

void ChartPane::drawKeywords()
{
    const QString region = m_keywordRegion->currentData().toString();
    const QStringList terms =
        m_keywords->text().split(QRegularExpression(QStringLiteral("[,，、;；\\s]+")), Qt::SkipEmptyParts);
    m_keywordReader->read<KeywordTrends>(
        [region, terms](Library &library, const LibraryReader::Cancelled &cancelled) {
            KeywordTrends trends;
            trends.region = region;
            const TrendQuery query(library);
            for (const QString &term : terms) {
                if (cancelled())
                    return trends;
                if (region == EachRegion)
                    trends.series.append(query.keywordSeriesByRegion(term, MaxKeywordLines, &trends.leftOut));
                else
                    trends.series.append(query.keywordSeries(term, region));
                for (const FirstUse &use : query.firstUses(term, region == EachRegion ? QString() : region))
                    trends.firstUses.append({term, use});
            }
            std::stable_sort(trends.firstUses.begin(), trends.firstUses.end(),
                             [](const auto &a, const auto &b) { return a.second.year < b.second.year; });
            return trends;
        },
        [this](const KeywordTrends &trends) { showKeywords(trends); });
}

void ChartPane::showKeywords(const KeywordTrends &trends)
{
    m_keywordSeries = trends.series;
    if (trends.region == EachRegion)
        m_keywordNote->setText(tr("One line per region. %n region(s) with reports of a single year (or beyond the "
                                  "first %1) are not drawn.",
                                  nullptr, trends.leftOut)
                                   .arg(MaxKeywordLines));
    else if (trends.region.isEmpty())
        m_keywordNote->setText(tr("Pooled: the reports of all regions counted together, year by year."));
    else
        m_keywordNote->clear();
    m_firstUses->setRowCount(int(trends.firstUses.size()));
    for (int row = 0; row < trends.firstUses.size(); ++row) {
        const auto &[term, use] = trends.firstUses[row];
        auto *report = new QTableWidgetItem(use.region.isEmpty() ? tr("(Unknown region) %1").arg(use.year)
                                                                 : displayTitle(use.region, use.year, QString()));
        report->setData(Qt::UserRole, use.reportId);
        report->setToolTip(tr("Report %1").arg(use.reportId));
        auto *hits = new QTableWidgetItem;
        hits->setData(Qt::DisplayRole, use.hits);
        m_firstUses->setItem(row, 0, new QTableWidgetItem(QString::number(use.year)));
        m_firstUses->setItem(row, 1, new QTableWidgetItem(term));
        m_firstUses->setItem(row, 2, report);
        m_firstUses->setItem(row, 3, hits);
    }
    QChart *chart = TrendChart::build({}, m_keywordSeries, {});
    QChart *old = m_keywordView->chart();
    m_keywordView->setChart(chart);
    delete old;
    Q_EMIT keywordsDrawn();
}

bool ChartPane::exportTo(const QString &path, QString *error)
{
    const bool keywords = m_tabs->currentIndex() == 1;
    TrendChart::Options options;
    options.outcomes = m_outcomes->isChecked();
    options.targets = m_targets->isChecked();
    const QSize size = (keywords ? m_keywordView : m_indicatorView)->size().expandedTo(QSize(900, 520));
    return keywords ? TrendChart::render({}, m_keywordSeries, {}, path, size, error)
                    : TrendChart::render(m_series, {}, options, path, size, error);
}

void ChartPane::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QDir(Settings::exportFolder.value()).filePath(QStringLiteral("chart.png")),
        tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    Settings::exportFolder.setValue(QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace ReportLens
