#include "indicatorpane.h"

#include "indicatormodel.h"
#include "document/document.h"

#include <QAction>
#include <QComboBox>
#include <QStyledItemDelegate>
#include <QToolTip>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ReportLens {

namespace {
/// Kind is chosen from a list by name (目标, 实际, 规划), not typed.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (const FigureKind kind : IndicatorModel::editableKinds())
            box->addItem(IndicatorModel::kindText(kind));
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }
};
} // namespace

IndicatorPane::IndicatorPane(Document *document, QWidget *parent)
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
    m_view->setItemDelegateForColumn(IndicatorModel::KindColumn, new KindDelegate(m_view));
    connect(m_model, &IndicatorModel::editRefused, this, [this](const QString &message) {
        QToolTip::showText(m_view->viewport()->mapToGlobal(m_view->visualRect(m_view->currentIndex()).bottomLeft()),
                           message, m_view);
    });
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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, markWrong](const QModelIndex &index) {
                const IndicatorRow *row = m_model->rowAt(m_proxy->mapToSource(index).row());
                markWrong->setText(row && row->indicator.rejected ? tr("Figure Is Not Wrong")
                                                                  : tr("Mark Figure as Wrong"));
            });
    connect(m_model, &IndicatorModel::editRequested, this,
            [this](qint64 rowId, qint64 reportId, const Indicator &before, const Indicator &after) {
                m_document->correctFigure(rowId, after);
            });
    connect(document, &Document::currentReportChanged, this, [this] { setReport(m_document->currentReportId()); });
    // Queued: an edit committed from the table's editor changes the figures while the view still
    // holds that editor; the table is re-read once the view has closed it.
    connect(
        document, &Document::reportChanged, this,
        [this](qint64 reportId, Document::Changes what) {
            if ((reportId == m_reportId || reportId == 0)
                && (what & (Document::Change::Figures | Document::Change::Text)))
                reload();
        },
        Qt::QueuedConnection);
}

void IndicatorPane::setReport(qint64 reportId)
{
    // The same report again (a click on a figure shows it in the reader): the table, and an
    // editor opening on a double-click, stay as they are.
    if (reportId == m_reportId)
        return;
    m_reportId = reportId;
    reload();
}

void IndicatorPane::reload()
{
    IndicatorStore store(m_document->library());
    // Figures marked wrong are shown too (struck out), so that the mark can be taken back.
    m_model->setRows(m_reportId > 0 ? store.rows(m_reportId, {}, {}, IndicatorStore::Rejected::Included)
                                    : QList<IndicatorRow>(),
                     store.catalog());
    m_view->resizeColumnsToContents();
}

} // namespace ReportLens
