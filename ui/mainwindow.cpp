#include "mainwindow.h"

#include "annotations/annotationbrowser.h"
#include "charts/chartpane.h"
#include "compare/compareview.h"
#include "indicators/indicatorpane.h"
#include "library/importcontroller.h"
#include "library/librarypane.h"
#include "document/document.h"
#include "preferencesdialog.h"
#include "reader/findbar.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "search/searchpane.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "viewlayouts.h"

#include "store/library.h"
#include "store/reportstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QUrl>
#include <QScreen>
#include <QShowEvent>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ReportLens {

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_document(new Document(library, this))
    , m_libraryPane(new LibraryPane(m_document))
    , m_readerPane(new ReaderPane(m_document, ReaderPane::OutlinePlacement::Separate))
    , m_compareView(new CompareView(m_document))
    , m_searchPane(new SearchPane(m_document))
    , m_annotationBrowser(new AnnotationBrowser(m_document))
    , m_indicatorPane(new IndicatorPane(m_document))
    , m_chartPane(new ChartPane(m_document))
    , m_views(new QTabWidget)
    , m_importController(new ImportController(library.path(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1400, 900);
    m_views->setDocumentMode(true);
    m_readerPane->setObjectName(QStringLiteral("reader"));
    m_compareView->setObjectName(QStringLiteral("compare"));
    m_chartPane->setObjectName(QStringLiteral("charts"));
    m_views->addTab(m_readerPane, tr("Reader"));
    m_views->addTab(m_compareView, tr("Side by Side"));
    m_views->addTab(m_chartPane, tr("Charts"));
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(createWelcome());
    centralLayout->addWidget(m_views, 1);
    setCentralWidget(central);

    addDock(tr("Library"), QStringLiteral("libraryDock"), m_libraryPane, Qt::LeftDockWidgetArea);
    QDockWidget *outline =
        addDock(tr("Outline"), QStringLiteral("outlineDock"), m_readerPane->outlineView(), Qt::RightDockWidgetArea);
    QDockWidget *search = addDock(tr("Search"), QStringLiteral("searchDock"), m_searchPane, Qt::RightDockWidgetArea);
    tabifyDockWidget(outline, search);
    outline->raise();
    QDockWidget *annotations =
        addDock(tr("Annotations"), QStringLiteral("annotationDock"), m_annotationBrowser, Qt::BottomDockWidgetArea);
    QDockWidget *indicators =
        addDock(tr("Indicators"), QStringLiteral("indicatorDock"), m_indicatorPane, Qt::BottomDockWidgetArea);
    tabifyDockWidget(annotations, indicators);
    annotations->raise();
    // The outline dock belongs to the reader (side-by-side panes carry their own); side by side,
    // the texts get the room of the search and bottom panes until the user shows them there.
    m_layouts = new ViewLayouts(this, m_views);
    m_layouts->setHiddenByDefault(m_compareView, {outline, search, annotations, indicators});
    m_layouts->setHiddenByDefault(m_chartPane, {outline, search});
    // First start: the text gets the room; a restored layout replaces these sizes.
    QDockWidget *libraryDock = findChild<QDockWidget *>(QStringLiteral("libraryDock"));
    resizeDocks({annotations}, {180}, Qt::Vertical);
    resizeDocks({libraryDock, outline}, {260, 300}, Qt::Horizontal);

    connect(m_libraryPane, &LibraryPane::reportActivated, this, [this](qint64 id) { openReport(id); });
    connect(m_libraryPane, &LibraryPane::filesDropped, this, &MainWindow::importPaths);
    connect(m_searchPane, &SearchPane::hitActivated, this, &MainWindow::openReport);
    connect(m_annotationBrowser, &AnnotationBrowser::annotationActivated, this, &MainWindow::openReport);
    connect(m_indicatorPane, &IndicatorPane::figureActivated, this, &MainWindow::openReport);
    connect(m_chartPane, &ChartPane::pointActivated, this,
            [this](qint64 id, qsizetype start) { openReport(id, start, start); });
    connect(m_readerPane->reader(), &ReaderView::annotationActivated, this, [this](qint64) {
        statusBar()->showMessage(tr("Double-click a highlight in the Annotations pane to edit it"), 3000);
    });
    connect(m_document, &Document::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("ReportLens"), message); });
    connect(m_document, &Document::annotationConflict, this, &MainWindow::settleConflict);
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);
    // The reader shows the document's current report; the other panes follow it themselves.
    connect(m_document, &Document::currentReportChanged, this, [this] {
        if (currentReportId() == 0)
            m_readerPane->clearReport();
        else
            m_readerPane->openReport(currentReportId());
        updateTitle();
    });
    connect(m_document, &Document::reportChanged, this, [this](qint64 id, Document::Changes what) {
        if (id == currentReportId() && what.testFlag(Document::Change::Metadata))
            updateTitle();
    });
    connect(m_document, &Document::reimportFinished, this, &MainWindow::reimportFinished);
    // What is selected in the reader is the document's selection (offsets in the clean text).
    connect(m_readerPane->reader(), &QTextEdit::selectionChanged, this, [this] {
        const QTextCursor cursor = m_readerPane->reader()->textCursor();
        m_document->setSelection(cursor.selectionStart(), cursor.selectionEnd());
    });
    connect(m_importController, &ImportController::finished, this,
            [this](int imported, int duplicates, const QStringList &failures, bool cancelled,
                   const QList<qint64> &reports) {
                m_document->reportsImported();
                // Files opened with ReportLens are shown, whether new or already in the library.
                if (std::exchange(m_openWhenImported, false) && !reports.isEmpty())
                    openReport(reports.first());
                QString message = tr("Imported %Ln report(s)", nullptr, imported);
                if (duplicates > 0)
                    message += tr(", %Ln already in the library", nullptr, duplicates);
                if (cancelled)
                    message += tr(" (cancelled)");
                statusBar()->showMessage(message, 10000);
                if (!failures.isEmpty())
                    QMessageBox::warning(this, tr("Import"),
                                         tr("%n file(s) could not be imported:\n\n%1", nullptr, int(failures.size()))
                                             .arg(failures.mid(0, 30).join(u'\n')));
            });

    createActions();
    restoreGeometry(Settings::windowGeometry.value());
    fitToScreen();
    m_layouts->restore();
    m_readerPane->reader()->zoomBy(Settings::readerZoom.value());
    createStatusBar();
    updateTitle();
    // The report read last comes back (the first in the library on a first start).
    const qint64 last = Settings::lastReport.value();
    if (last != 0 && ReportStore(library).summaries({last}).contains(last))
        openReport(last);
    else if (const std::optional<qint64> first = ReportStore(library).firstInLibraryOrder())
        openReport(*first);
}

QWidget *MainWindow::createWelcome()
{
    // Until dismissed: what to do first, where it is done, and a button for the first step.
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    m_welcome = frame;
    m_welcome->setObjectName(QStringLiteral("welcome"));
    m_welcome->setAutoFillBackground(true);
    m_welcome->setBackgroundRole(QPalette::ToolTipBase);
    auto *text = new QLabel(tr("<b>Welcome to ReportLens.</b> <b>Import</b> reports (web pages, text, PDF, Word) with "
                               "the button or by dropping files on the library. <b>Read</b> with the outline; press "
                               "1–5 on selected text to <b>highlight</b> it, Ctrl+E to add a note. <b>Compare</b>: "
                               "Ctrl+click two or more reports in the library, then Ctrl+Shift+C. Figures and their "
                               "trends are under Indicators and Charts. All keys: F1."));
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::ToolTipText);
    auto *import = new QPushButton(tr("Import Reports…"));
    auto *dismiss = new QPushButton(tr("Got It"));
    connect(import, &QPushButton::clicked, this, &MainWindow::importFiles);
    connect(dismiss, &QPushButton::clicked, this, [this] {
        Settings::welcomeDismissed.setValue(true);
        m_welcome->hide();
    });
    auto *layout = new QHBoxLayout(m_welcome);
    layout->addWidget(text, 1);
    layout->addWidget(import);
    layout->addWidget(dismiss);
    m_welcome->setVisible(!Settings::welcomeDismissed.value());
    return m_welcome;
}

void MainWindow::createStatusBar()
{
    // Where the reader is (section, how far, what is in view) and how big the library is, kept
    // current: the count follows imports by other processes too (Document watches).
    m_readingStatus = new QLabel;
    m_readingStatus->setObjectName(QStringLiteral("readingStatus"));
    m_libraryStatus = new QLabel;
    m_libraryStatus->setObjectName(QStringLiteral("libraryStatus"));
    m_connectionStatus = new QLabel;
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addPermanentWidget(m_readingStatus, 1);
    statusBar()->addPermanentWidget(m_connectionStatus);
    statusBar()->addPermanentWidget(m_libraryStatus);
    connect(m_document->changeFeed(), &ChangeFeed::stateChanged, this, &MainWindow::updateConnectionStatus);
    updateConnectionStatus();
    connect(m_readerPane, &ReaderPane::readingPositionChanged, this, &MainWindow::updateReadingStatus);
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::updateReadingStatus);
    connect(m_document, &Document::libraryChanged, this, &MainWindow::updateLibraryStatus);
    updateLibraryStatus();
}

void MainWindow::updateReadingStatus()
{
    const ReaderPane *pane = activePane();
    if (pane->reportId() == 0) {
        m_readingStatus->clear();
        return;
    }
    const ReaderView::InView shown = pane->reader()->inView();
    QStringList parts;
    if (const QString section = pane->currentSectionTitle(); !section.isEmpty())
        parts.append(section);
    parts.append(tr("%1%").arg(shown.percent));
    parts.append(tr("%Ln figure(s)", nullptr, shown.figures)
                 + tr(", %Ln annotation(s) in view", nullptr, shown.annotations));
    m_readingStatus->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::updateConnectionStatus()
{
    // A team library says whose it is and whether the server answers; a personal one says nothing.
    const ChangeFeed::State state = m_document->changeFeed()->state();
    const QString who = QStringLiteral("%1@%2").arg(m_library.userName(), QUrl(m_library.path()).path().mid(1));
    switch (state) {
    case ChangeFeed::State::Local: m_connectionStatus->hide(); return;
    case ChangeFeed::State::Connected:
        m_connectionStatus->setText(tr("Team library %1: connected, live").arg(who));
        m_connectionStatus->setStyleSheet(QString());
        break;
    case ChangeFeed::State::Reconnecting:
        m_connectionStatus->setText(tr("Team library %1: connection lost, reconnecting…").arg(who));
        m_connectionStatus->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        break;
    case ChangeFeed::State::ReadOnly:
        m_connectionStatus->setText(tr("Team library %1: read-only (upgraded by a newer ReportLens)").arg(who));
        m_connectionStatus->setStyleSheet(QStringLiteral("color: #8a6d00"));
        break;
    }
    m_connectionStatus->setToolTip(m_library.displayName());
    m_connectionStatus->show();
}

void MainWindow::updateLibraryStatus()
{
    m_libraryStatus->setText(tr("%Ln report(s) in the library", nullptr, ReportStore(m_library).count()));
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

QTreeView *MainWindow::outlineView() const
{
    return m_readerPane->outlineView();
}

ReaderPane *MainWindow::activePane() const
{
    // Side by side: the pane the user works in (it has the focus), else the first.
    if (m_views->currentWidget() != m_compareView || m_compareView->panes().isEmpty())
        return m_readerPane;
    for (ReaderPane *pane : m_compareView->panes())
        if (pane->isAncestorOf(QApplication::focusWidget()))
            return pane;
    return m_compareView->panes().first();
}

qint64 MainWindow::currentReportId() const
{
    return m_document->currentReportId();
}

void MainWindow::openReport(qint64 id, qsizetype start, qsizetype end)
{
    if (id != currentReportId() && !m_document->openReport(id))
        return;
    m_views->setCurrentWidget(m_readerPane);
    if (start >= 0)
        m_readerPane->showRange(start, std::max(start, end));
    m_libraryPane->selectReport(id); // also when it was current already: the library shows it
    rememberRecentReport(id);
}

void MainWindow::rememberRecentReport(qint64 id)
{
    Settings::lastReport.setValue(id);
    QVariantList recent = Settings::recentReports.value();
    recent.removeAll(id);
    recent.prepend(id);
    Settings::recentReports.setValue(recent.mid(0, Settings::MaxRecentReports));
}

void MainWindow::updateRecentReportsMenu()
{
    // Built when opened: reports deleted meanwhile (here or by another process) are left out.
    m_recentReportsMenu->clear();
    QList<qint64> ids;
    for (const QVariant &id : Settings::recentReports.value())
        ids.append(id.toLongLong());
    const QHash<qint64, ReportSummary> summaries = ReportStore(m_library).summaries(ids);
    for (qint64 id : std::as_const(ids))
        if (const auto it = summaries.constFind(id); it != summaries.cend())
            m_recentReportsMenu->addAction(displayTitle(it->region, it->year, it->title), this,
                                           [this, id] { openReport(id); });
    if (m_recentReportsMenu->isEmpty())
        m_recentReportsMenu->addAction(tr("No reports read yet"))->setEnabled(false);
}

void MainWindow::compareReports(const QList<qint64> &ids)
{
    if (ids.size() < 2) {
        statusBar()->showMessage(tr("Select two or more reports in the library to compare them"), 5000);
        return;
    }
    m_compareView->setReports(ids);
    for (ReaderPane *pane : m_compareView->panes())
        connect(pane, &ReaderPane::readingPositionChanged, this, &MainWindow::updateReadingStatus);
    m_views->setCurrentWidget(m_compareView);
    updateTitle();
}

void MainWindow::fitToScreen()
{
    // A geometry saved on another display (a larger one, another scaling) would open the window
    // partly off this one: keep it within the screen's available area.
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The window manager's frame around the window (known once shown) must fit too.
    const QMargins frameMargins(geometry().left() - frameGeometry().left(), geometry().top() - frameGeometry().top(),
                                frameGeometry().right() - geometry().right(),
                                frameGeometry().bottom() - geometry().bottom());
    if (available.contains(frameGeometry()))
        return;
    QRect inner = geometry();
    inner.setSize(inner.size().boundedTo(available.marginsRemoved(frameMargins).size()));
    const QRect room = available.marginsRemoved(frameMargins);
    inner.moveLeft(std::clamp(inner.left(), room.left(), room.right() - inner.width() + 1));
    inner.moveTop(std::clamp(inner.top(), room.top(), room.bottom() - inner.height() + 1));
    setGeometry(inner);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        fitToScreen(); // again, now that the frame is known
    // What is in view is known once the reader has its size.
    QTimer::singleShot(0, this, &MainWindow::updateReadingStatus);
}

void MainWindow::updateTitle()
{
    // Side by side, the window names the compared reports; otherwise the report being read.
    QList<const Report *> shown{&m_document->currentReport()};
    if (m_views->currentWidget() == m_compareView && !m_compareView->panes().isEmpty()) {
        shown.clear();
        for (const ReaderPane *pane : m_compareView->panes())
            shown.append(&pane->report());
    }
    QStringList names;
    for (const Report *r : shown) {
        const ReportMetadata &m = r->meta;
        const QString name = displayTitle(m);
        if (!name.isEmpty())
            names.append(name);
    }
    setWindowTitle(names.isEmpty() ? QStringLiteral("ReportLens")
                                   : tr("%1 — ReportLens").arg(names.join(QStringLiteral(" | "))));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction = file->addAction(tr("&Import Files…"), this, &MainWindow::importFiles);
    importAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolder);
    file->addAction(tr("Open &Team Library…"), this, &MainWindow::openTeamLibrary);
    m_recentReportsMenu = file->addMenu(tr("Recent &Reports"));
    connect(m_recentReportsMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentReportsMenu);
    m_recentMenu = file->addMenu(tr("Recent Imports"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Reload Report from File"), this, &MainWindow::reimportCurrent);
    file->addAction(tr("Read &Figures Again"), this, &MainWindow::reextractAll);
    file->addAction(tr("&Delete Report…"), this, &MainWindow::deleteCurrentReport);
    file->addSeparator();
    QAction *exportPdf = file->addAction(tr("&Export Report as PDF…"), this, &MainWindow::exportPdf);
    exportPdf->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addAction(tr("Print Pre&view…"), this, &MainWindow::printPreview);
    file->addAction(tr("&Print…"), this, &MainWindow::printReport)->setShortcut(QKeySequence::Print);
    file->addSeparator();
    file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows)->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // The platform's Redo keys (Ctrl+Shift+Z on Linux) and Ctrl+Y, each once: a key bound twice to
    // one action is an "ambiguous shortcut" Qt never fires.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find in Report…"), this, [this] { activePane()->findBar()->activate(); })
        ->setShortcut(QKeySequence::Find);
    edit->addAction(tr("Find &Next"), this, [this] { activePane()->findBar()->findNext(); })
        ->setShortcut(QKeySequence::FindNext);
    edit->addAction(tr("Find Pre&vious"), this, [this] { activePane()->findBar()->findPrevious(); })
        ->setShortcut(QKeySequence::FindPrevious);
    edit->addAction(tr("Search All Reports"), this,
                    [this] {
                        m_searchPane->parentWidget()->show();
                        m_searchPane->parentWidget()->raise();
                        m_searchPane->queryEdit()->setFocus();
                    })
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    edit->addSeparator();
    QMenu *highlight = edit->addMenu(tr("&Highlight Selection"));
    for (int i = 0; i < 5; ++i)
        highlight->addAction(tr("Colour %1 (key %1)").arg(i + 1), this, [this, i] {
            if (!activePane()->highlightSelection(i))
                statusBar()->showMessage(tr("Select text in the reader first"), 3000);
        });
    edit->addAction(tr("Edit &Annotation…"), this, &MainWindow::editAnnotationAt)
        ->setShortcut(QKeySequence(tr("Ctrl+E")));
    edit->addAction(tr("Report &Details…"), this, &MainWindow::editMetadata);
    edit->addSeparator();
    // The platform's Preferences key; Linux desktops define none, so Ctrl+, as elsewhere.
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).value(0).isEmpty()
                                  ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                  : QKeySequence::keyBindings(QKeySequence::Preferences));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("Zoom &In"), this, [this] { activePane()->reader()->zoomBy(1); })
        ->setShortcut(QKeySequence::ZoomIn);
    m_viewMenu->addAction(tr("Zoom &Out"), this, [this] { activePane()->reader()->zoomBy(-1); })
        ->setShortcut(QKeySequence::ZoomOut);
    m_viewMenu
        ->addAction(tr("&Actual Size"), this,
                    [this] { activePane()->reader()->zoomBy(-activePane()->reader()->zoomSteps()); })
        ->setShortcut(QKeySequence(tr("Ctrl+0")));
    m_viewMenu->addSeparator();
    QAction *compare = m_viewMenu->addAction(tr("&Compare Selected Reports"), this,
                                             [this] { compareReports(m_libraryPane->selectedReports()); });
    compare->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_viewMenu->addAction(m_compareView->linkedNavigationAction());
    m_viewMenu->addAction(m_compareView->outlinesAction());
    m_viewMenu->addAction(m_compareView->changesAction());
    m_viewMenu->addAction(m_compareView->nextChangeAction());
    m_viewMenu->addAction(m_compareView->previousChangeAction());
    m_viewMenu->addAction(tr("All &Annotations"), this, &MainWindow::showAnnotations)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this,
                    [this] {
                        ShortcutsDialog dialog(menuBar(), this);
                        dialog.exec();
                    })
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("Show the &Welcome Hint"), this, [this] { m_welcome->show(); });
    help->addSeparator();
    help->addAction(tr("&About ReportLens"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(importAction);
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addAction(compare);
}

void MainWindow::showAnnotations()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("annotationDock"));
    dock->show();
    dock->raise();
    resizeDocks({dock}, {height() / 2}, Qt::Vertical);
    m_annotationBrowser->setFocus();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (ReaderView *reader : findChildren<ReaderView *>())
        reader->applyReadingFont();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ReportLens"),
                       tr("<h3>ReportLens %1</h3><p>Read, compare and mine Chinese government work reports.</p>"
                          "<p>Library: %2</p>")
                           .arg(QApplication::applicationVersion(), m_library.displayName().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::windowGeometry.setValue(saveGeometry());
    m_layouts->save();
    Settings::readerZoom.setValue(m_readerPane->reader()->zoomSteps());
    QMainWindow::closeEvent(event);
}

} // namespace ReportLens
