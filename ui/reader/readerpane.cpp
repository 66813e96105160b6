#include "readerpane.h"
#include "model/sectiontree.h"

#include "findbar.h"
#include "document/document.h"
#include "outlinemodel.h"
#include "readerview.h"

#include "store/annotationstore.h"
#include "store/indicatorstore.h"
#include "store/reportstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace ReportLens {

namespace {
QString positionKey(qint64 reportId)
{
    return QStringLiteral("reader/positions/%1").arg(reportId);
}
} // namespace

ReaderPane::ReaderPane(Document *document, OutlinePlacement placement, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_outlineModel(new OutlineModel(this))
    , m_outlineView(new QTreeView)
    , m_reader(new ReaderView)
    , m_findBar(new FindBar(m_reader))
    , m_placement(placement)
{
    m_outlineView->setModel(m_outlineModel);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->setExpandsOnDoubleClick(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (placement == OutlinePlacement::Embedded) {
        // Side by side, each pane names its report and the section in view on one line; the
        // outline above the text is optional, so that three or four panes keep room to read.
        m_header = new QLabel;
        m_header->setTextFormat(Qt::PlainText);
        m_header->setContentsMargins(6, 3, 6, 3);
        m_header->setMinimumWidth(1);
        m_header->setBackgroundRole(QPalette::AlternateBase);
        m_header->setAutoFillBackground(true);
        m_splitter = new QSplitter(Qt::Vertical);
        m_splitter->addWidget(m_outlineView);
        m_splitter->addWidget(m_reader);
        m_splitter->setChildrenCollapsible(false);
        layout->addWidget(m_header);
        layout->addWidget(m_splitter, 1);
    } else {
        layout->addWidget(m_reader);
    }
    layout->addWidget(m_findBar);

    // A click, or Enter on the keyboard, goes to the section.
    connect(m_outlineView, &QTreeView::activated, m_outlineView, &QTreeView::clicked);
    connect(m_outlineView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const qsizetype start = index.data(OutlineModel::StartRole).toLongLong();
        m_reader->scrollToPosition(start);
        for (qsizetype i = 0; i < m_flatSections.size(); ++i)
            if (m_flatSections[i].start == start) {
                Q_EMIT sectionChosen(i);
                break;
            }
    });
    connect(m_reader, &ReaderView::topPositionChanged, this, &ReaderPane::followScrolling);
    connect(m_reader, &ReaderView::highlightRequested, this,
            [this](qsizetype, qsizetype, int color) { highlightSelection(color); });
    connect(document, &Document::reportChanged, this, [this](qint64 reportId, Document::Changes what) {
        if (reportId != this->reportId() || what.testFlag(Document::Change::Removed))
            return;
        if (what & (Document::Change::Text | Document::Change::Figures | Document::Change::Metadata))
            openReport(reportId, Reopen::Again);
        else if (what.testFlag(Document::Change::Annotations))
            reloadAnnotations();
    });
}

ReaderPane::~ReaderPane()
{
    // The reader still resizes and scrolls as it goes; nobody is to hear of it from this pane.
    disconnect(m_reader, nullptr, this, nullptr);
    blockSignals(true);
    rememberPosition();
}

qint64 ReaderPane::reportId() const
{
    return m_reader->reportId();
}

const Report &ReaderPane::report() const
{
    return m_reader->report();
}

bool ReaderPane::openReport(qint64 id, Reopen reopen)
{
    // The document's current report is read already; another (side by side) is read here.
    std::optional<Report> report =
        id == m_document->currentReportId() ? m_document->currentReport() : m_document->loadReport(id);
    if (!report)
        return false;
    // Read again (re-imported, a figure corrected): the reader stays where it was.
    const qsizetype keep = reopen == Reopen::Again ? m_reader->topPosition() : -1;
    rememberPosition();
    IndicatorStore store(m_document->library());
    QList<Indicator> indicators;
    for (const Indicator &figure : std::as_const(report->indicators))
        if (!figure.rejected)
            indicators.append(figure);
    QHash<QString, QString> names;
    for (const CatalogIndicator &c : store.catalog().indicators)
        names.insert(c.id, c.nameFor(report->meta.region.value));
    m_flatSections = SectionTree::flatten(report->sections);
    m_outlineModel->setSections(report->sections);
    m_outlineView->expandToDepth(0);
    m_reader->setReport(*report);
    m_reader->setIndicators(indicators, names);
    m_findBar->reportChanged(id);
    reloadAnnotations();
    const qsizetype remembered = keep >= 0 ? keep : QSettings().value(positionKey(id), 0).toLongLong();
    if (remembered > 0)
        m_reader->scrollToPosition(remembered);
    followScrolling(m_reader->topPosition());
    return true;
}

void ReaderPane::clearReport()
{
    rememberPosition();
    m_reader->clearReport();
    m_flatSections.clear();
    m_outlineModel->setSections({});
    m_outlineModel->setAnnotationStarts({});
    m_findBar->reportChanged(0);
    updateHeader();
    Q_EMIT readingPositionChanged();
}

void ReaderPane::reloadAnnotations()
{
    const QList<Annotation> annotations = reportId() == m_document->currentReportId()
        ? m_document->currentAnnotations()
        : m_document->annotations(reportId());
    m_reader->setAnnotations(annotations);
    QList<qsizetype> starts;
    for (const Annotation &a : annotations)
        starts.append(a.anchor.start);
    m_outlineModel->setAnnotationStarts(starts);
}

void ReaderPane::rememberPosition()
{
    if (reportId() != 0)
        QSettings().setValue(positionKey(reportId()), qlonglong(m_reader->topPosition()));
}

void ReaderPane::followScrolling(qsizetype top)
{
    // The current section follows the reading position, without scrolling the reader back: one
    // section is current and selected (none above the first heading).
    const QModelIndex index = m_outlineModel->indexAt(top + 1);
    if (index != m_outlineView->currentIndex()) {
        // Not signal-blocked: the view repaints the row it deselects only when told.
        if (index.isValid()) {
            m_outlineView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            m_outlineView->scrollTo(index);
        } else {
            m_outlineView->selectionModel()->clear();
        }
    }
    updateHeader();
    Q_EMIT readingPositionChanged();
}

QString ReaderPane::currentSectionTitle() const
{
    return m_outlineView->currentIndex().data(Qt::DisplayRole).toString();
}

void ReaderPane::setOutlineVisible(bool visible)
{
    if (m_placement != OutlinePlacement::Embedded)
        return;
    m_outlineView->setVisible(visible);
    // A quarter of the height for the outline, the rest stays with the text.
    const int height = std::max(m_splitter->height(), 400);
    if (visible)
        m_splitter->setSizes({height / 4, height - height / 4});
}

void ReaderPane::updateHeader()
{
    if (!m_header)
        return;
    const ReportMetadata &m = report().meta;
    QString text = displayTitle(m);
    if (const QString section = currentSectionTitle(); !section.isEmpty())
        text += QStringLiteral(" › ") + section;
    m_header->setToolTip(text);
    m_header->setText(m_header->fontMetrics().elidedText(text, Qt::ElideRight, std::max(m_header->width() - 12, 40)));
}

void ReaderPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateHeader();
}

void ReaderPane::showSection(qsizetype flatIndex)
{
    if (flatIndex < 0 || flatIndex >= m_flatSections.size())
        return;
    m_reader->scrollToPosition(m_flatSections[flatIndex].start);
}

void ReaderPane::showRange(qsizetype start, qsizetype end)
{
    m_reader->scrollToPosition(start, end - start);
    // Leave a little context above the passage.
    m_reader->ensureCursorVisible();
}

bool ReaderPane::highlightSelection(int color)
{
    const QTextCursor cursor = m_reader->textCursor();
    if (!cursor.hasSelection() || reportId() == 0)
        return false;
    return m_document->highlight(reportId(), cursor.selectionStart(), cursor.selectionEnd(), color) != 0;
}

} // namespace ReportLens
