#pragma once

#include <QMainWindow>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextEdit;
class QTreeView;

namespace ReportLens {

class Library;
class LibraryModel;
class OutlineModel;

/// The ReportLens window: library list, reader and outline.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);

    /// Shows the report with @p id in the reader (no-op if it does not exist).
    void openReport(qint64 id);
    qint64 currentReportId() const { return m_currentReport; }

    QTableView *libraryView() const { return m_libraryView; }
    QTreeView *outlineView() const { return m_outlineView; }
    QTextEdit *reader() const { return m_reader; }

public Q_SLOTS:
    void reloadLibrary();
    void importFiles();

private:
    void createActions();
    void scrollReaderTo(qsizetype position);

    Library &m_library;
    LibraryModel *m_libraryModel;
    QSortFilterProxyModel *m_libraryProxy;
    OutlineModel *m_outlineModel;
    QLineEdit *m_filter;
    QTableView *m_libraryView;
    QTextEdit *m_reader;
    QTreeView *m_outlineView;
    qint64 m_currentReport = 0;
};

} // namespace ReportLens
