#include "mainwindow.h"

#include "models/librarymodel.h"
#include "models/outlinemodel.h"

#include "import/importer.h"
#include "store/library.h"
#include "store/reportstore.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace ReportLens {

namespace {

void applyHeadingFormats(QTextDocument *document, const QList<Section> &sections)
{
    for (const Section &s : sections) {
        QTextCursor cursor(document);
        cursor.setPosition(int(s.start));
        cursor.setPosition(int(s.titleEnd), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        if (s.kind == Section::Kind::Numbered || s.kind == Section::Kind::Glossary)
            format.setFontPointSize(document->defaultFont().pointSizeF() * (s.level == 1 ? 1.3 : 1.1));
        cursor.mergeCharFormat(format);
        applyHeadingFormats(document, s.children);
    }
}

} // namespace

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_libraryModel(new LibraryModel(this))
    , m_libraryProxy(new QSortFilterProxyModel(this))
    , m_outlineModel(new OutlineModel(this))
    , m_filter(new QLineEdit)
    , m_libraryView(new QTableView)
    , m_reader(new QTextEdit)
    , m_outlineView(new QTreeView)
{
    setWindowTitle(tr("ReportLens — %1").arg(library.path()));
    resize(1280, 800);

    m_libraryProxy->setSourceModel(m_libraryModel);
    m_libraryProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_libraryProxy->setFilterKeyColumn(-1);
    m_libraryView->setModel(m_libraryProxy);
    m_libraryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_libraryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_libraryView->setSortingEnabled(true);
    m_libraryView->verticalHeader()->hide();
    m_libraryView->horizontalHeader()->setStretchLastSection(true);
    m_libraryView->sortByColumn(LibraryModel::RegionColumn, Qt::AscendingOrder);
    m_filter->setPlaceholderText(tr("Filter reports"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_libraryProxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *libraryPane = new QWidget;
    auto *libraryLayout = new QVBoxLayout(libraryPane);
    libraryLayout->setContentsMargins(0, 0, 0, 0);
    libraryLayout->addWidget(m_filter);
    libraryLayout->addWidget(m_libraryView);

    m_reader->setReadOnly(true);
    QFont readerFont(QStringLiteral("Noto Serif CJK SC"));
    readerFont.setStyleHint(QFont::Serif);
    readerFont.setPointSizeF(12);
    m_reader->document()->setDefaultFont(readerFont);

    auto *splitter = new QSplitter;
    splitter->addWidget(libraryPane);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 860});
    setCentralWidget(splitter);

    m_outlineView->setModel(m_outlineModel);
    m_outlineView->setHeaderHidden(true);
    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("outlineDock"));
    outlineDock->setWidget(m_outlineView);
    addDockWidget(Qt::RightDockWidgetArea, outlineDock);

    connect(m_libraryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openReport(current.data(LibraryModel::ReportIdRole).toLongLong());
            });
    connect(m_outlineView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        scrollReaderTo(index.data(OutlineModel::StartRole).toLongLong());
    });

    createActions();
    reloadLibrary();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importAction = fileMenu->addAction(tr("&Import Reports…"), this, &MainWindow::importFiles);
    importAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(importAction);
}

void MainWindow::reloadLibrary()
{
    const qint64 current = m_currentReport;
    m_libraryModel->setReports(ReportStore(m_library).list());
    m_libraryView->resizeColumnsToContents();
    statusBar()->showMessage(tr("%n report(s) in the library", nullptr, m_libraryModel->rowCount()));
    int row = m_libraryModel->rowOfReport(current);
    if (row < 0 && m_libraryModel->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_libraryView->selectRow(m_libraryProxy->mapFromSource(m_libraryModel->index(row, 0)).row());
}

void MainWindow::openReport(qint64 id)
{
    const std::optional<Report> report = ReportStore(m_library).load(id);
    if (!report)
        return;
    m_currentReport = id;
    m_reader->setPlainText(report->cleanText);
    // Space between paragraphs, as on a printed page.
    QTextCursor all(m_reader->document());
    all.select(QTextCursor::Document);
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(6);
    all.mergeBlockFormat(paragraph);
    applyHeadingFormats(m_reader->document(), report->sections);
    m_outlineModel->setSections(report->sections);
    m_outlineView->expandToDepth(0);
    setWindowTitle(tr("%1 — ReportLens").arg(report->meta.title.value));
}

void MainWindow::scrollReaderTo(qsizetype position)
{
    QTextCursor cursor(m_reader->document());
    cursor.setPosition(int(std::min<qsizetype>(position, m_reader->document()->characterCount() - 1)));
    m_reader->setTextCursor(cursor);
    // Put the heading at the top of the view, not merely somewhere visible.
    QScrollBar *bar = m_reader->verticalScrollBar();
    bar->setValue(bar->value() + m_reader->cursorRect(cursor).top());
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Reports"), QString(), tr("Reports (*.txt *.html *.htm *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    Importer importer(m_library);
    QStringList failures;
    int imported = 0;
    for (const ImportResult &r : importer.importPaths(files)) {
        if (r.status == ImportResult::Status::Failed)
            failures.append(QStringLiteral("%1: %2").arg(r.path, r.message));
        else if (r.status == ImportResult::Status::Imported)
            ++imported;
    }
    reloadLibrary();
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Import"), tr("Some files could not be imported:\n\n%1").arg(failures.join(u'\n')));
    statusBar()->showMessage(tr("Imported %n report(s)", nullptr, imported));
}

} // namespace ReportLens
