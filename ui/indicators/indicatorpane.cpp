#include "indicatorpane.h"

#include "commands/editindicatorcommand.h"
#include "indicatormodel.h"
#include "librarydocument.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ReportLens {

IndicatorPane::IndicatorPane(LibraryDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new IndicatorModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_view(new QTableView)
{
    m_filter->setPlaceholderText(tr("Filter indicators"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(IndicatorModel::QuoteColumn, QHeaderView::Stretch);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT figureActivated(m_reportId, index.data(IndicatorModel::StartRole).toLongLong(),
                               index.data(IndicatorModel::EndRole).toLongLong());
    });
    // Marking a figure wrong: from its context menu or with Delete in the table; undoable.
    auto *markWrong = new QAction(tr("Mark Figure as Wrong"), m_view);
    markWrong->setShortcut(QKeySequence::Delete);
    markWrong->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(markWrong);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(markWrong, &QAction::triggered, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        if (current.isValid())
            m_model->toggleWrong(current.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, markWrong](const QModelIndex &index) {
        const IndicatorRow *row = m_model->rowAt(m_proxy->mapToSource(index).row());
        markWrong->setText(row && row->indicator.rejected ? tr("Figure Is Not Wrong") : tr("Mark Figure as Wrong"));
    });
    connect(m_model, &IndicatorModel::editRequested, this,
            [this](qint64 rowId, qint64 reportId, const Indicator &before, const Indicator &after) {
                m_document->undoStack()->push(new EditIndicatorCommand(m_document, rowId, reportId, before, after));
            });
    connect(document, &LibraryDocument::reportsChanged, this, &IndicatorPane::reload); // re-read or removed
    connect(document, &LibraryDocument::indicatorsChanged, this, [this](qint64 reportId) {
        if (reportId == m_reportId)
            reload();
    });
}

void IndicatorPane::setReport(qint64 reportId)
{
    m_reportId = reportId;
    reload();
}

void IndicatorPane::reload()
{
    IndicatorStore store(m_document->library());
    // Figures marked wrong are shown too (struck out), so that the mark can be taken back.
    m_model->setRows(m_reportId > 0 ? store.rows(m_reportId, {}, {}, IndicatorStore::Rejected::Included) : QList<IndicatorRow>(),
                     store.catalog());
    m_view->resizeColumnsToContents();
}

} // namespace ReportLens
