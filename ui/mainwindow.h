#pragma once

#include "model/annotation.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTreeView;

namespace ReportLens {

class AnnotationBrowser;
class ChartPane;
class CompareView;
class ImportController;
class IndicatorPane;
class Library;
class Document;
class LibraryPane;
class ReaderPane;
class SearchPane;
class ViewLayouts;

/// The ReportLens window. It only wires the panes together: library, reader with its outline,
/// side by side, annotations, search, indicators and charts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows report @p id in the reader; optionally selects [start, end) there.
    void openReport(qint64 id, qsizetype start = -1, qsizetype end = -1);
    qint64 currentReportId() const;
    /// Shows these reports side by side.
    void compareReports(const QList<qint64> &ids);
    /// Reads report @p id again from @p path (its text changed) in the background; annotations are
    /// re-anchored. One undo step when it arrives.
    void reloadReportFromFile(qint64 id, const QString &path);
    /// Brings the annotation browser forward, at half the window's height.
    void showAnnotations();
    /// After an upgrade that changed how figures are read, asks whether to read the library's
    /// figures again (corrections are kept); does nothing when they are current.
    void offerReextraction();
    /// Imports files or folders in the background (progress dialog, cancellable).
    void importPaths(const QStringList &paths);
    /// Files opened with ReportLens (the desktop's "Open with", the command line): imported, and
    /// the first shown in the reader, also when it was in the library already.
    void openFiles(const QStringList &paths);

    Document *document() const { return m_document; }
    LibraryPane *libraryPane() const { return m_libraryPane; }
    ReaderPane *readerPane() const { return m_readerPane; }
    /// The pane find, highlight and zoom act on: the reader, or side by side the focused pane.
    ReaderPane *activePane() const;
    QTreeView *outlineView() const;
    CompareView *compareView() const { return m_compareView; }
    SearchPane *searchPane() const { return m_searchPane; }
    AnnotationBrowser *annotationBrowser() const { return m_annotationBrowser; }
    IndicatorPane *indicatorPane() const { return m_indicatorPane; }
    ChartPane *chartPane() const { return m_chartPane; }
    ImportController *importController() const { return m_importController; }
    QTabWidget *views() const { return m_views; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// The file dialog filter of every format ReportLens imports.
    static QString reportFileFilter();
    void createActions();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area);
    void updateRecentMenu();
    void rememberRecentReport(qint64 id);
    void updateRecentReportsMenu();
    void createStatusBar();
    /// The first-start hint above the views.
    QWidget *createWelcome();
    void updateReadingStatus();
    void updateLibraryStatus();
    void updateConnectionStatus();
    /// Another window changed an annotation this one was editing: both versions, the user chooses.
    void settleConflict(const AnnotationConflict &conflict);
    /// File ▸ Open Team Library…: a team library opens in a window (a process) of its own.
    void openTeamLibrary();
    void rememberRecent(const QStringList &paths);
    void importFiles();
    void importFolder();
    void reimportCurrent();
    /// Reads every report's figures again with a progress dialog; each report is one transaction.
    void reextractAll();
    void reimportFinished(qint64 id, int needsReview, const QString &error);
    void editMetadata();
    void editAnnotationAt();
    void deleteCurrentReport();
    void exportPdf();
    void printReport();
    void printPreview();
    void showPreferences();
    void showAbout();
    void updateTitle();
    /// Keeps a restored geometry within the screen the window opens on.
    void fitToScreen();

    Library &m_library;
    Document *m_document;
    LibraryPane *m_libraryPane;
    ReaderPane *m_readerPane;
    CompareView *m_compareView;
    SearchPane *m_searchPane;
    AnnotationBrowser *m_annotationBrowser;
    IndicatorPane *m_indicatorPane;
    ChartPane *m_chartPane;
    QTabWidget *m_views;
    ImportController *m_importController;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_recentReportsMenu = nullptr;
    QWidget *m_welcome = nullptr;
    QLabel *m_readingStatus = nullptr;
    QLabel *m_libraryStatus = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QMenu *m_viewMenu = nullptr;
    ViewLayouts *m_layouts = nullptr;
    bool m_openWhenImported = false;
};

} // namespace ReportLens
