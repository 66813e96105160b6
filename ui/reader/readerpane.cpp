#include "readerpane.h"

#include "commands/addannotationcommand.h"
#include "findbar.h"
#include "librarydocument.h"
#include "outlinemodel.h"
#include "readerview.h"

#include "outline/outlineparser.h"
#include "store/annotationstore.h"
#include "store/indicatorstore.h"
#include "store/reportstore.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ReportLens {

namespace {
QString positionKey(qint64 reportId)
{
    return QStringLiteral("reader/positions/%1").arg(reportId);
}
} // namespace

ReaderPane::ReaderPane(LibraryDocument *document, OutlinePlacement placement, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_outlineModel(new OutlineModel(this))
    , m_outlineView(new QTreeView)
    , m_reader(new ReaderView)
    , m_findBar(new FindBar(m_reader))
{
    m_outlineView->setModel(m_outlineModel);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->setExpandsOnDoubleClick(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (placement == OutlinePlacement::Embedded) {
        auto *splitter = new QSplitter(Qt::Vertical);
        splitter->addWidget(m_outlineView);
        splitter->addWidget(m_reader);
        splitter->setStretchFactor(1, 3);
        layout->addWidget(splitter);
    } else {
        layout->addWidget(m_reader);
    }
    layout->addWidget(m_findBar);

    // A click, or Enter on the keyboard, goes to the section.
    connect(m_outlineView, &QTreeView::activated, m_outlineView, &QTreeView::clicked);
    connect(m_outlineView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const qsizetype start = index.data(OutlineModel::StartRole).toLongLong();
        m_followingScroll = true;
        m_reader->scrollToPosition(start);
        m_followingScroll = false;
        for (qsizetype i = 0; i < m_flatSections.size(); ++i)
            if (m_flatSections[i].start == start) {
                Q_EMIT sectionChosen(i);
                break;
            }
    });
    connect(m_reader, &ReaderView::topPositionChanged, this, &ReaderPane::followScrolling);
    connect(m_reader, &ReaderView::highlightRequested, this, [this](qsizetype, qsizetype, int color) {
        highlightSelection(color);
    });
    connect(document, &LibraryDocument::annotationsChanged, this, [this](qint64 reportId) {
        if (reportId == this->reportId())
            reloadAnnotations();
    });
    connect(document, &LibraryDocument::indicatorsChanged, this, [this](qint64 reportId) {
        if (reportId == this->reportId())
            openReport(reportId);
    });
}

ReaderPane::~ReaderPane()
{
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

bool ReaderPane::openReport(qint64 id)
{
    std::optional<Report> report = ReportStore(m_document->library()).load(id);
    if (!report)
        return false;
    rememberPosition();
    IndicatorStore store(m_document->library());
    QList<Indicator> indicators;
    for (const IndicatorRow &row : store.rows(id))
        indicators.append(row.indicator);
    QHash<QString, QString> names;
    for (const CatalogIndicator &c : store.catalog().indicators)
        names.insert(c.id, c.name);
    m_flatSections = OutlineParser::flatten(report->sections);
    m_outlineModel->setSections(report->sections);
    m_outlineView->expandToDepth(0);
    m_reader->setReport(*report);
    m_reader->setIndicators(indicators, names);
    reloadAnnotations();
    const qsizetype remembered = QSettings().value(positionKey(id), 0).toLongLong();
    if (remembered > 0)
        m_reader->scrollToPosition(remembered);
    return true;
}

void ReaderPane::reloadAnnotations()
{
    const QList<Annotation> annotations = AnnotationStore(m_document->library()).annotations(reportId());
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
    // The current section follows the reading position, without scrolling the reader back.
    const QModelIndex index = m_outlineModel->indexAt(top + 1);
    if (!index.isValid() || index == m_outlineView->currentIndex())
        return;
    QSignalBlocker block(m_outlineView->selectionModel());
    m_outlineView->setCurrentIndex(index);
    m_outlineView->scrollTo(index);
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
    Annotation a;
    a.reportId = reportId();
    a.anchor = Anchor::fromRange(report().cleanText, cursor.selectionStart(), cursor.selectionEnd());
    a.color = std::clamp(color, 0, Annotation::ColorCount - 1);
    m_document->undoStack()->push(new AddAnnotationCommand(m_document, a));
    return true;
}

} // namespace ReportLens
