#pragma once

#include <QWidget>

class QLineEdit;
class QTabWidget;
class QTableView;
class QTreeView;

namespace ReportLens {

class Document;
class LibraryModel;
class LibraryTreeModel;

/// The reports of the library: grouped by region and year, or as a sortable table, with a filter.
class LibraryPane : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPane(Document *document, QWidget *parent = nullptr);

    /// Reloads the list from the library (after an import or an edit).
    void reload();
    /// Selects report @p id (in the view on show, and in the other when it is shown) without
    /// emitting reportActivated.
    void selectReport(qint64 id);
    /// The reports selected in the visible view.
    QList<qint64> selectedReports() const;
    /// The number of reports in the library, whatever the filter shows.
    int reportCount() const;

    QTreeView *treeView() const { return m_tree; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void reportActivated(qint64 reportId);
    /// Files or folders dropped on the pane.
    void filesDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static constexpr int PageOfRows = 200;
    static constexpr int FewRegions = 12;

    void expandTree();
    void showCurrentReport();

    Document *m_document;
    LibraryTreeModel *m_treeModel;
    LibraryModel *m_tableModel;
    QLineEdit *m_filter;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    QTableView *m_table;
    bool m_selecting = false;
    qint64 m_current = 0; ///< The report open in the reader.
};

} // namespace ReportLens
