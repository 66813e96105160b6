#include "librarytreemodel.h"

#include <QMap>

namespace ReportLens {

LibraryTreeModel::LibraryTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

qsizetype LibraryTreeModel::addNode(qsizetype parent, const QString &label, qint64 reportId, const QString &toolTip)
{
    Node node;
    node.label = label;
    node.reportId = reportId;
    node.toolTip = toolTip;
    node.parent = parent;
    node.row = int((parent < 0 ? m_roots : m_nodes[parent].children).size());
    m_nodes.append(node);
    // Only now take the reference: appending to m_nodes may have moved the parent node.
    (parent < 0 ? m_roots : m_nodes[parent].children).append(m_nodes.size() - 1);
    return m_nodes.size() - 1;
}

void LibraryTreeModel::setReports(const QList<ReportSummary> &reports)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    // region → year → reports; 全国 first, then regions in collation order, newest years first.
    QMap<QString, QMap<int, QList<const ReportSummary *>>> grouped;
    for (const ReportSummary &r : reports)
        grouped[r.region.isEmpty() ? tr("(Unknown region)") : r.region][r.year].append(&r);
    QStringList regions = grouped.keys();
    const QString national = QStringLiteral("全国");
    if (regions.removeOne(national))
        regions.prepend(national);
    for (const QString &region : regions) {
        const auto &years = grouped[region];
        int count = 0;
        for (const auto &list : years)
            count += int(list.size());
        const qsizetype regionNode = addNode(-1, QStringLiteral("%1 (%2)").arg(region).arg(count));
        QList<int> yearList = years.keys();
        std::reverse(yearList.begin(), yearList.end()); // newest first
        for (int year : yearList) {
            const qsizetype yearNode = addNode(regionNode, year > 0 ? QString::number(year) : tr("Year unknown"));
            for (const ReportSummary *r : years.value(year))
                addNode(yearNode, r->title.isEmpty() ? tr("(Untitled)") : r->title, r->id, r->sourcePath);
        }
    }
    endResetModel();
}

QModelIndex LibraryTreeModel::indexOfReport(qint64 id) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].reportId == id)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

const QList<qsizetype> &LibraryTreeModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes[qsizetype(parent.internalId())].children : m_roots;
}

QModelIndex LibraryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<qsizetype> &children = childrenOf(parent);
    return row < children.size() ? createIndex(row, 0, quintptr(children[row])) : QModelIndex();
}

QModelIndex LibraryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const qsizetype parent = m_nodes[qsizetype(child.internalId())].parent;
    return parent < 0 ? QModelIndex() : createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int LibraryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int LibraryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LibraryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[qsizetype(index.internalId())];
    switch (role) {
    case Qt::DisplayRole: return n.label;
    case Qt::ToolTipRole: return n.toolTip.isEmpty() ? QVariant() : QVariant(n.toolTip);
    case ReportIdRole: return n.reportId > 0 ? QVariant(n.reportId) : QVariant();
    default: return {};
    }
}

} // namespace ReportLens
