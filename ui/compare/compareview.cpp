#include "compareview.h"

#include "indicatorcomparemodel.h"
#include "librarydocument.h"
#include "reader/readerpane.h"

#include "compare/sectionaligner.h"
#include "store/indicatorstore.h"

#include <QAction>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ReportLens {

CompareView::CompareView(LibraryDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_table(new QTableView)
    , m_compareModel(new IndicatorCompareModel(this))
    , m_linked(new QAction(tr("Linked Navigation"), this))
{
    m_linked->setCheckable(true);
    m_linked->setChecked(true);
    m_linked->setToolTip(tr("Choosing a section in one report shows the matching section in the others"));
    auto *toolBar = new QToolBar;
    toolBar->addAction(m_linked);
    m_table->setModel(m_compareModel);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(m_splitter);
    vertical->addWidget(m_table);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(vertical);
}

void CompareView::setReports(const QList<qint64> &reportIds)
{
    qDeleteAll(m_panes);
    m_panes.clear();
    for (qint64 id : reportIds) {
        auto *pane = new ReaderPane(m_document, ReaderPane::OutlinePlacement::Embedded);
        if (!pane->openReport(id)) {
            delete pane;
            continue;
        }
        const int index = int(m_panes.size());
        connect(pane, &ReaderPane::sectionChosen, this, [this, index](qsizetype flat) { onSectionChosen(index, flat); });
        m_splitter->addWidget(pane);
        m_panes.append(pane);
    }
    realign();
}

void CompareView::realign()
{
    m_fromFirst.clear();
    if (m_panes.isEmpty())
        return;
    const SectionAligner aligner;
    const QList<Section> &first = m_panes.first()->report().sections;
    const qsizetype firstCount = m_panes.first()->flatSections().size();
    for (qsizetype p = 1; p < m_panes.size(); ++p) {
        QList<qsizetype> map(firstCount, -1);
        for (const auto &[a, b] : aligner.align(first, m_panes[p]->report().sections))
            map[a] = b;
        m_fromFirst.append(map);
    }
    IndicatorStore store(m_document->library());
    if (m_panes.size() >= 2) {
        auto name = [](const ReaderPane *pane) {
            const ReportMetadata &m = pane->report().meta;
            return displayTitle(m.region.value, m.year.isSet() ? m.year.value : 0, m.title.value);
        };
        m_compareModel->setReports(store.rows(m_panes[0]->reportId()), store.rows(m_panes[1]->reportId()), store.catalog(),
                                   name(m_panes[0]), name(m_panes[1]));
        m_table->resizeColumnsToContents();
    }
}

qsizetype CompareView::alignedSection(int from, qsizetype flatIndex, int to) const
{
    if (from < 0 || to < 0 || from >= m_panes.size() || to >= m_panes.size())
        return -1;
    // Through the first pane: its sections are the reference.
    qsizetype reference = flatIndex;
    if (from > 0) {
        reference = m_fromFirst[from - 1].indexOf(flatIndex);
        if (reference < 0)
            return -1;
    }
    return to == 0 ? reference : m_fromFirst[to - 1].value(reference, -1);
}

void CompareView::onSectionChosen(int pane, qsizetype flatIndex)
{
    if (!m_linked->isChecked())
        return;
    const QList<Section> sections = m_panes[pane]->flatSections();
    for (int other = 0; other < m_panes.size(); ++other) {
        if (other == pane)
            continue;
        // A section without a counterpart shows its nearest ancestor's counterpart.
        qsizetype section = flatIndex;
        qsizetype target = alignedSection(pane, section, other);
        while (target < 0 && section > 0) {
            const int level = sections[section].level;
            do
                --section;
            while (section > 0 && sections[section].level >= level);
            if (sections[section].level >= level)
                break;
            target = alignedSection(pane, section, other);
        }
        if (target >= 0)
            m_panes[other]->showSection(target);
    }
}

} // namespace ReportLens
