#include "compareview.h"

#include "indicatorcomparemodel.h"
#include "document/document.h"
#include "reader/readerpane.h"
#include "settings.h"
#include "termchangesview.h"

#include "compare/reportcomparison.h"
#include "compare/sectionaligner.h"
#include "compare/textdiff.h"
#include "extract/figuretext.h"
#include "reader/readerview.h"
#include "reader/findbar.h"
#include "store/indicatorstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <QMessageBox>
#include <QSaveFile>
#include <QLabel>
#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ReportLens {

namespace {
// The heaviest new and dropped terms named in the summary line.
constexpr qsizetype SummaryTermCount = 5;

/// Each report after the first against the first, in two results: first as soon as the texts are
/// compared (with the library's figures), then with the terms weighed by how many of the library's
/// reports use them, which reads the search index once per term (seconds in a large library). The
/// library is opened again: this runs on a worker thread. Without the library, only the first.
void compareAgainstFirst(QPromise<QList<ReportComparison>> &promise, const QString &libraryPath,
                         const QList<Report> &reports)
{
    QList<ReportComparison> out;
    Library library;
    QString error;
    // A library in memory cannot be opened again: another ":memory:" would be a new, empty one.
    const bool inMemory = libraryPath.isEmpty() || libraryPath == QStringLiteral(":memory:");
    if (inMemory || !library.open(libraryPath, &error)) {
        if (!inMemory)
            qWarning("Comparing reports without the library's figures: %s", qPrintable(error));
        for (qsizetype p = 1; p < reports.size(); ++p)
            out.append(ReportComparison::compare(reports.first(), reports[p], {}, {}, IndicatorCatalog()));
        promise.addResult(out);
        return;
    }
    IndicatorStore store(library);
    const QList<IndicatorRow> first = store.rows(reports.first().id);
    for (qsizetype p = 1; p < reports.size(); ++p) {
        if (promise.isCanceled())
            return;
        out.append(
            ReportComparison::compare(reports.first(), reports[p], first, store.rows(reports[p].id), store.catalog()));
    }
    promise.addResult(out);
    const SearchIndex index(library);
    const TermDiff::Weighting weighting{ReportStore(library).count(), [&index, &promise](const QString &term) {
                                            return promise.isCanceled() ? 0 : index.reportsContaining(term);
                                        }};
    for (ReportComparison &c : out) {
        TermDiff::weigh(c.terms.added, weighting);
        TermDiff::weigh(c.terms.dropped, weighting);
    }
    if (!promise.isCanceled())
        promise.addResult(out);
}
} // namespace

CompareView::CompareView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_table(new QTableView)
    , m_compareModel(new IndicatorCompareModel(this))
    , m_linked(new QAction(tr("Linked Navigation"), this))
    , m_outlines(new QAction(tr("Outlines in Side by Side"), this))
    , m_tabs(new QTabWidget)
    , m_changes(new QAction(tr("Show Changes"), this))
    , m_nextChange(new QAction(tr("Next Change"), this))
    , m_previousChange(new QAction(tr("Previous Change"), this))
    , m_summary(new QLabel)
    , m_exportSummary(new QAction(tr("Export Changes…"), this))
    , m_terms(new TermChangesView)
{
    connect(m_terms, &TermChangesView::termActivated, this, &CompareView::findTerm);
    m_exportSummary->setToolTip(tr("Save what changed against the first report as Markdown, for an article"));
    connect(m_exportSummary, &QAction::triggered, this, &CompareView::exportSummary);
    // What changed, against the first report (the reference): new text in green in the others,
    // text they dropped in red in the first; a line above the panes sums it up.
    m_changes->setCheckable(true);
    m_changes->setChecked(Settings::compareChanges.value());
    m_changes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_changes->setToolTip(tr("Mark what is new or dropped against the first report"));
    connect(m_changes, &QAction::toggled, this, [this](bool shown) {
        Settings::compareChanges.setValue(shown);
        markChanges();
    });
    m_nextChange->setShortcut(QKeySequence(Qt::Key_F8));
    m_previousChange->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(m_nextChange, &QAction::triggered, this, [this] { goToChange(false); });
    connect(m_previousChange, &QAction::triggered, this, [this] { goToChange(true); });
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setContentsMargins(6, 3, 6, 3);
    m_linked->setCheckable(true);
    m_linked->setChecked(true);
    m_linked->setToolTip(tr("Choosing a section in one report shows the matching section in the others"));
    // The text gets the room: outlines are shown on request (the header above each pane names
    // the section in view) and the figures have their own tab.
    m_outlines->setCheckable(true);
    m_outlines->setChecked(Settings::compareOutlines.value());
    m_outlines->setToolTip(tr("Show each report's outline above its text"));
    connect(m_outlines, &QAction::toggled, this, [this](bool shown) {
        Settings::compareOutlines.setValue(shown);
        for (ReaderPane *pane : std::as_const(m_panes))
            pane->setOutlineVisible(shown);
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QVariantMap widths = Settings::comparePaneWidths.value();
        QVariantList list;
        for (int w : m_splitter->sizes())
            list.append(w);
        widths.insert(QString::number(list.size()), list);
        Settings::comparePaneWidths.setValue(widths);
    });
    auto *toolBar = new QToolBar;
    toolBar->addAction(m_changes);
    toolBar->addAction(m_exportSummary);
    toolBar->addAction(m_linked);
    toolBar->addAction(m_outlines);
    m_table->setModel(m_compareModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Double-click or press Enter to show both sentences side by side"));
    connect(m_table, &QTableView::activated, this, &CompareView::showFigureSentences);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("Text"));
    m_tabs->addTab(m_table, tr("Figures"));
    m_tabs->addTab(m_terms, tr("Terms"));
    m_tabs->setCornerWidget(toolBar, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs);
}

QColor CompareView::changeColor(bool added)
{
    // Translucent, so that highlights and both palettes show through.
    return added ? QColor(0, 170, 80, 70) : QColor(230, 40, 40, 60);
}

CompareView::~CompareView()
{
    // Workers read the library: they stop before the view goes.
    for (QFuture<QList<ReportComparison>> &f : m_comparing)
        f.cancel();
    for (QFuture<QList<ReportComparison>> &f : m_comparing)
        f.waitForFinished();
}

void CompareView::compareInBackground()
{
    // Older runs are cancelled; the finished ones forgotten.
    for (QFuture<QList<ReportComparison>> &f : m_comparing)
        f.cancel();
    m_comparing.removeIf([](const QFuture<QList<ReportComparison>> &f) { return f.isFinished(); });
    m_comparisons.clear();
    m_termsWeighed = false;
    m_terms->setComparisons({}, false);
    m_exportSummary->setEnabled(false);
    markChanges();
    if (m_panes.size() < 2)
        return;
    QList<Report> reports;
    for (const ReaderPane *pane : std::as_const(m_panes))
        reports.append(pane->report());
    const int run = ++m_comparisonRun;
    auto *watcher = new QFutureWatcher<QList<ReportComparison>>(this);
    connect(watcher, &QFutureWatcher<QList<ReportComparison>>::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (run != m_comparisonRun || m_termsWeighed)
            return;
        m_termsWeighed = true; // as far as they can be: the library could not be read
        m_terms->setComparisons(m_comparisons, false);
    });
    connect(watcher, &QFutureWatcher<QList<ReportComparison>>::resultReadyAt, this, [this, watcher, run](int index) {
        if (run != m_comparisonRun)
            return; // the panes show other reports by now
        m_comparisons = watcher->resultAt(index);
        m_terms->setComparisons(m_comparisons, index > 0);
        if (index == 0) {
            m_exportSummary->setEnabled(true);
            markChanges();
            Q_EMIT comparisonsReady();
        } else {
            m_termsWeighed = true;
            showSummary();
        }
    });
    m_comparing.append(QtConcurrent::run(compareAgainstFirst, m_document->library().path(), reports));
    watcher->setFuture(m_comparing.last());
}

void CompareView::markChanges()
{
    m_summary->clear();
    m_summary->setVisible(m_changes->isChecked() && m_panes.size() >= 2);
    for (ReaderPane *pane : std::as_const(m_panes))
        pane->reader()->setChangeMarks({}, {});
    if (!m_changes->isChecked() || m_panes.size() < 2)
        return;
    if (m_comparisons.size() != m_panes.size() - 1) {
        m_summary->setText(tr("Comparing the reports…"));
        return;
    }
    // New text in green in each report, what the first dropped against the second in red.
    m_panes.first()->reader()->setChangeMarks(m_comparisons.first().text.leftMarks, changeColor(false));
    for (qsizetype p = 1; p < m_panes.size(); ++p)
        m_panes[p]->reader()->setChangeMarks(m_comparisons[p - 1].text.rightMarks, changeColor(true));
    showSummary();
}

void CompareView::showSummary()
{
    if (!m_changes->isChecked() || m_comparisons.isEmpty())
        return;
    // A line per report after the first.
    QStringList lines;
    for (const ReportComparison &c : std::as_const(m_comparisons)) {
        QString line = tr("%1 against %2: %3 sentences the same, %4 edited, %5 dropped (red), %6 new (green).")
                           .arg(c.rightName, c.leftName)
                           .arg(c.text.sameCount())
                           .arg(c.text.editedCount())
                           .arg(c.text.droppedCount())
                           .arg(c.text.newCount());
        if (!c.added.isEmpty() || !c.removed.isEmpty() || !c.regrouped.isEmpty())
            line += u' '
                + tr("Sections: %1 added, %2 removed, %3 split, merged or renamed.")
                      .arg(c.added.size())
                      .arg(c.removed.size())
                      .arg(c.regrouped.size());
        QStringList targets;
        for (const FigureChange &f : c.figures)
            if (f.target() == FigureChange::Target::Raised || f.target() == FigureChange::Target::Lowered)
                targets.append(
                    QStringLiteral("%1 %2 → %3").arg(f.name, FigureText::value(*f.left), FigureText::value(*f.right)));
        if (!targets.isEmpty())
            line += u' ' + tr("Targets changed: %1.").arg(targets.join(QStringLiteral("；")));
        const auto top = [](const QList<TermDiff::Term> &terms) {
            QStringList out;
            for (const TermDiff::Term &t : terms.mid(0, SummaryTermCount))
                out.append(t.text);
            return out.join(QStringLiteral("、"));
        };
        if (!c.terms.added.isEmpty())
            line += u' ' + tr("New terms: %1.").arg(top(c.terms.added));
        if (!c.terms.dropped.isEmpty())
            line += u' ' + tr("Dropped: %1.").arg(top(c.terms.dropped));
        lines.append(line);
    }
    m_summary->setText(lines.join(u'\n'));
}

void CompareView::showFigureSentences(const QModelIndex &index)
{
    const QList<FigureChange> rows = m_compareModel->changes();
    if (!index.isValid() || index.row() >= rows.size() || m_panes.size() < 2)
        return;
    // The table compares the first two reports; each sentence is selected in its pane.
    m_tabs->setCurrentIndex(0);
    const FigureChange &f = rows[index.row()];
    for (const auto &[pane, figure] : {std::pair{0, f.left}, std::pair{1, f.right}})
        if (figure)
            m_panes[pane]->showRange(figure->sentenceStart, figure->sentenceEnd);
}

void CompareView::findTerm(int pane, const QString &term)
{
    if (pane < 0 || pane >= m_panes.size())
        return;
    m_tabs->setCurrentIndex(0);
    FindBar *bar = m_panes[pane]->findBar();
    bar->lineEdit()->setText(term);
    bar->activate();
}

QString CompareView::summaryMarkdown() const
{
    QStringList parts;
    for (const ReportComparison &c : m_comparisons)
        parts.append(c.toMarkdown());
    return parts.join(u'\n');
}

void CompareView::exportSummary()
{
    if (m_panes.size() < 2)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Changes"), QDir(Settings::exportFolder.value()).filePath(QStringLiteral("changes.md")),
        tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    Settings::exportFolder.setValue(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(summaryMarkdown().toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Export Changes"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
}

void CompareView::goToChange(bool backwards)
{
    ReaderPane *focused = m_panes.isEmpty() ? nullptr : m_panes.last();
    for (ReaderPane *pane : std::as_const(m_panes))
        if (pane->isAncestorOf(QApplication::focusWidget()))
            focused = pane;
    if (focused)
        focused->reader()->goToChange(backwards);
}

void CompareView::setReports(const QList<qint64> &reportIds)
{
    // Out of the list first: a pane being deleted is no pane of this view any more.
    const QList<ReaderPane *> old = std::exchange(m_panes, {});
    qDeleteAll(old);
    for (qint64 id : reportIds) {
        auto *pane = new ReaderPane(m_document, ReaderPane::OutlinePlacement::Embedded);
        if (!pane->openReport(id)) {
            delete pane;
            continue;
        }
        const int index = int(m_panes.size());
        connect(pane, &ReaderPane::sectionChosen, this,
                [this, index](qsizetype flat) { onSectionChosen(index, flat); });
        pane->setOutlineVisible(m_outlines->isChecked());
        m_splitter->addWidget(pane);
        m_panes.append(pane);
    }
    // Equal widths, unless the user set widths for this many panes.
    QList<int> widths(m_panes.size(), 1000);
    const QVariantList saved = Settings::comparePaneWidths.value().value(QString::number(m_panes.size())).toList();
    if (saved.size() == m_panes.size())
        std::transform(saved.cbegin(), saved.cend(), widths.begin(),
                       [](const QVariant &w) { return std::max(w.toInt(), 50); });
    m_splitter->setSizes(widths);
    realign();
}

void CompareView::realign()
{
    m_fromFirst.clear();
    if (m_panes.isEmpty())
        return;
    const SectionAligner aligner;
    const QList<Section> &first = m_panes.first()->report().sections;
    const qsizetype firstCount = m_panes.first()->flatSections().size();
    for (qsizetype p = 1; p < m_panes.size(); ++p) {
        QList<qsizetype> map(firstCount, -1);
        for (const auto &[a, b] : aligner.align(first, m_panes[p]->report().sections))
            map[a] = b;
        m_fromFirst.append(map);
    }
    IndicatorStore store(m_document->library());
    if (m_panes.size() >= 2) {
        auto name = [](const ReaderPane *pane) {
            const ReportMetadata &m = pane->report().meta;
            return displayTitle(m);
        };
        m_compareModel->setReports(store.rows(m_panes[0]->reportId()), store.rows(m_panes[1]->reportId()),
                                   store.catalog(), name(m_panes[0]), name(m_panes[1]));
        m_table->resizeColumnsToContents();
    }
    compareInBackground();
}

qsizetype CompareView::alignedSection(int from, qsizetype flatIndex, int to) const
{
    if (from < 0 || to < 0 || from >= m_panes.size() || to >= m_panes.size())
        return -1;
    // Through the first pane: its sections are the reference.
    qsizetype reference = flatIndex;
    if (from > 0) {
        reference = m_fromFirst[from - 1].indexOf(flatIndex);
        if (reference < 0)
            return -1;
    }
    return to == 0 ? reference : m_fromFirst[to - 1].value(reference, -1);
}

void CompareView::onSectionChosen(int pane, qsizetype flatIndex)
{
    if (!m_linked->isChecked())
        return;
    const QList<Section> sections = m_panes[pane]->flatSections();
    for (int other = 0; other < m_panes.size(); ++other) {
        if (other == pane)
            continue;
        // A section without a counterpart shows its nearest ancestor's counterpart.
        qsizetype section = flatIndex;
        qsizetype target = alignedSection(pane, section, other);
        while (target < 0 && section > 0) {
            const int level = sections[section].level;
            do
                --section;
            while (section > 0 && sections[section].level >= level);
            if (sections[section].level >= level)
                break;
            target = alignedSection(pane, section, other);
        }
        if (target >= 0)
            m_panes[other]->showSection(target);
    }
}

} // namespace ReportLens
