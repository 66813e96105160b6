#include "librarypane.h"

#include "librarymodel.h"
#include "librarytreemodel.h"
#include "document/document.h"

#include "store/library.h"
#include "store/reportstore.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ReportLens {

LibraryPane::LibraryPane(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_treeModel(new LibraryTreeModel(&document->library(), this))
    , m_tableModel(new LibraryModel(&document->library(), this))
    , m_filter(new QLineEdit)
    , m_tabs(new QTabWidget)
    , m_tree(new QTreeView)
    , m_table(new QTableView)
{
    setAcceptDrops(true);
    m_filter->setPlaceholderText(tr("Filter by region, year or title"));
    m_filter->setClearButtonEnabled(true);

    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_table->setModel(m_tableModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryModel::RegionColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns are sized from the first rows: measuring every row would read the whole library.
    m_table->horizontalHeader()->setResizeContentsPrecision(PageOfRows);

    m_tabs->addTab(m_tree, tr("By Region"));
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tabs);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_selecting = true;
        m_treeModel->setFilterText(text);
        m_tableModel->setFilterText(text);
        m_selecting = false;
        expandTree();
        showCurrentReport();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &LibraryPane::showCurrentReport);
    auto activate = [this](const QModelIndex &index) {
        const QVariant id = index.data(LibraryTreeModel::ReportIdRole);
        if (!m_selecting && id.isValid())
            Q_EMIT reportActivated(id.toLongLong());
    };
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, activate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (!m_selecting && index.isValid())
            Q_EMIT reportActivated(index.siblingAtColumn(0).data(LibraryModel::ReportIdRole).toLongLong());
    });
    connect(document, &Document::libraryChanged, this, &LibraryPane::reload);
    connect(document, &Document::currentReportChanged, this, [this] {
        if (m_document->currentReportId() != 0)
            selectReport(m_document->currentReportId());
    });
    reload();
}

void LibraryPane::reload()
{
    m_selecting = true;
    m_treeModel->reload();
    m_tableModel->reload();
    m_selecting = false;
    expandTree();
    m_table->resizeColumnsToContents();
    showCurrentReport();
}

void LibraryPane::expandTree()
{
    // Everything when it is a page or so; otherwise the regions, if there are few; otherwise
    // nothing, as each expanded group reads its rows.
    if (m_treeModel->reportCount() <= PageOfRows)
        m_tree->expandAll();
    else if (m_treeModel->rowCount() <= FewRegions)
        m_tree->expandToDepth(0);
}

void LibraryPane::selectReport(qint64 id)
{
    m_current = id;
    // Opened from this pane (a click, Ctrl+click): the view already shows it current, and its
    // selection, still being made, is the user's.
    const QAbstractItemView *view = m_tabs->currentWidget() == m_tree ? static_cast<QAbstractItemView *>(m_tree)
                                                                      : static_cast<QAbstractItemView *>(m_table);
    const QModelIndex current = view->currentIndex().siblingAtColumn(0);
    const QVariant shown =
        view == m_tree ? current.data(LibraryTreeModel::ReportIdRole) : current.data(LibraryModel::ReportIdRole);
    if (shown.isValid() && shown.toLongLong() == id)
        return;
    showCurrentReport();
}

void LibraryPane::showCurrentReport()
{
    // Only in the view on show: finding a report's row reads the list, and the other view
    // catches up when its tab is chosen.
    if (m_current <= 0)
        return;
    m_selecting = true;
    if (m_tabs->currentWidget() == m_tree) {
        const QModelIndex tree = m_treeModel->indexOfReport(m_current);
        if (tree.isValid()) {
            for (QModelIndex parent = tree.parent(); parent.isValid(); parent = parent.parent())
                m_tree->expand(parent);
            m_tree->selectionModel()->setCurrentIndex(tree, QItemSelectionModel::ClearAndSelect);
            m_tree->scrollTo(tree);
        }
    } else if (const int row = m_tableModel->rowOfReport(m_current); row >= 0) {
        const QModelIndex index = m_tableModel->index(row, 0);
        // Not selectRow(), which follows the keyboard modifiers held at the moment (a Ctrl+click
        // elsewhere would toggle this row off).
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_selecting = false;
}

QList<qint64> LibraryPane::selectedReports() const
{
    QList<qint64> ids;
    if (m_tabs->currentWidget() == m_tree) {
        for (const QModelIndex &index : m_tree->selectionModel()->selectedIndexes())
            if (const QVariant id = index.data(LibraryTreeModel::ReportIdRole); id.isValid())
                ids.append(id.toLongLong());
    } else {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            ids.append(index.data(LibraryModel::ReportIdRole).toLongLong());
    }
    return ids;
}

int LibraryPane::reportCount() const
{
    return ReportStore(m_document->library()).count();
}

void LibraryPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void LibraryPane::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT filesDropped(paths);
    }
}

} // namespace ReportLens
