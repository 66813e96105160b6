#include "termchangesview.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace ReportLens {

TermChangesView::TermChangesView(QWidget *parent)
    : QWidget(parent)
    , m_pair(new QComboBox)
    , m_filter(new QLineEdit)
    , m_newTitle(new QLabel)
    , m_droppedTitle(new QLabel)
    , m_new(new QTableWidget)
    , m_dropped(new QTableWidget)
{
    m_filter->setPlaceholderText(tr("Filter terms"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &TermChangesView::applyFilter);
    connect(m_pair, &QComboBox::currentIndexChanged, this, &TermChangesView::showComparison);
    for (QTableWidget *table : {m_new, m_dropped}) {
        table->setColumnCount(2);
        table->setHorizontalHeaderLabels({tr("Term"), tr("Uses")});
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setToolTip(tr("Double-click or press Enter to find the term in its report"));
        connect(table, &QTableWidget::itemActivated, this, [this, table](QTableWidgetItem *item) {
            const int pane = table == m_new ? m_pair->currentIndex() + 1 : 0;
            Q_EMIT termActivated(pane, table->item(item->row(), 0)->text());
        });
    }
    for (QLabel *title : {m_newTitle, m_droppedTitle})
        title->setWordWrap(true);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_pair);
    controls->addWidget(m_filter, 1);
    auto *layout = new QGridLayout(this);
    layout->addLayout(controls, 0, 0, 1, 2);
    layout->addWidget(m_newTitle, 1, 0);
    layout->addWidget(m_droppedTitle, 1, 1);
    layout->addWidget(m_new, 2, 0);
    layout->addWidget(m_dropped, 2, 1);
}

void TermChangesView::setComparisons(const QList<ReportComparison> &comparisons, bool weighed)
{
    m_comparisons = comparisons;
    m_weighed = weighed;
    const QSignalBlocker blocker(m_pair);
    const int current = m_pair->currentIndex();
    m_pair->clear();
    for (const ReportComparison &c : comparisons)
        m_pair->addItem(tr("%1 against %2").arg(c.rightName, c.leftName));
    m_pair->setVisible(comparisons.size() > 1);
    m_pair->setCurrentIndex(current >= 0 && current < comparisons.size() ? current : 0);
    showComparison(m_pair->currentIndex());
}

void TermChangesView::showComparison(int index)
{
    if (index < 0 || index >= m_comparisons.size()) {
        m_new->setRowCount(0);
        m_dropped->setRowCount(0);
        m_newTitle->clear();
        m_droppedTitle->clear();
        return;
    }
    if (m_pair->currentIndex() != index) {
        m_pair->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    const ReportComparison &c = m_comparisons[index];
    m_newTitle->setText(tr("New in %1 (%n terms)", nullptr, int(c.terms.added.size())).arg(c.rightName));
    m_droppedTitle->setText(tr("Dropped from %1 (%n terms)", nullptr, int(c.terms.dropped.size())).arg(c.leftName));
    fill(m_new, c.terms.added);
    fill(m_dropped, c.terms.dropped);
    applyFilter();
}

void TermChangesView::fill(QTableWidget *table, const QList<TermDiff::Term> &terms)
{
    table->setRowCount(int(terms.size()));
    for (int row = 0; row < terms.size(); ++row) {
        auto *term = new QTableWidgetItem(terms[row].text);
        term->setToolTip(
            m_weighed
                ? tr("Weight %1: uses, times how rare the term is in the library").arg(terms[row].weight, 0, 'f', 1)
                : tr("Ordered by uses until the library has been read"));
        auto *uses = new QTableWidgetItem;
        uses->setData(Qt::DisplayRole, qlonglong(terms[row].count()));
        table->setItem(row, 0, term);
        table->setItem(row, 1, uses);
    }
}

void TermChangesView::applyFilter()
{
    for (QTableWidget *table : {m_new, m_dropped})
        for (int row = 0; row < table->rowCount(); ++row)
            table->setRowHidden(row, !table->item(row, 0)->text().contains(m_filter->text()));
}

} // namespace ReportLens
