#include "librarypane.h"

#include "librarymodel.h"
#include "librarytreemodel.h"
#include "librarydocument.h"

#include "store/reportstore.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ReportLens {

LibraryPane::LibraryPane(LibraryDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_treeModel(new LibraryTreeModel(this))
    , m_tableModel(new LibraryModel(this))
    , m_treeProxy(new QSortFilterProxyModel(this))
    , m_tableProxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_tabs(new QTabWidget)
    , m_tree(new QTreeView)
    , m_table(new QTableView)
{
    setAcceptDrops(true);
    m_filter->setPlaceholderText(tr("Filter by region, year or title"));
    m_filter->setClearButtonEnabled(true);

    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setModel(m_treeProxy);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_tableProxy->setSourceModel(m_tableModel);
    m_tableProxy->setFilterKeyColumn(-1);
    m_tableProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_tableProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryModel::RegionColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_tabs->addTab(m_tree, tr("By Region"));
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tabs);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_treeProxy->setFilterFixedString(text);
        m_tableProxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
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
    connect(document, &LibraryDocument::reportsChanged, this, &LibraryPane::reload);
    reload();
}

void LibraryPane::reload()
{
    const QList<ReportSummary> reports = ReportStore(m_document->library()).list();
    m_selecting = true;
    m_treeModel->setReports(reports);
    m_tableModel->setReports(reports);
    m_selecting = false;
    m_tree->expandToDepth(0);
    m_table->resizeColumnsToContents();
}

void LibraryPane::selectReport(qint64 id)
{
    m_selecting = true;
    const QModelIndex tree = m_treeProxy->mapFromSource(m_treeModel->indexOfReport(id));
    if (tree.isValid()) {
        for (QModelIndex parent = tree.parent(); parent.isValid(); parent = parent.parent())
            m_tree->expand(parent);
        m_tree->selectionModel()->setCurrentIndex(tree, QItemSelectionModel::ClearAndSelect);
        m_tree->scrollTo(tree);
    }
    const int row = m_tableModel->rowOfReport(id);
    if (row >= 0)
        m_table->selectRow(m_tableProxy->mapFromSource(m_tableModel->index(row, 0)).row());
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
    return m_tableModel->rowCount();
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
