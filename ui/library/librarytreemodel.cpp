#include "librarytreemodel.h"

#include "store/reportlisting.h"

#include <QLocale>

namespace ReportLens {

LibraryTreeModel::LibraryTreeModel(Library *library, QObject *parent)
    : QAbstractItemModel(parent)
    , m_library(library)
{ }

void LibraryTreeModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

LibraryTreeModel::Node &LibraryTreeModel::addNode(qsizetype parent, Node node)
{
    node.parent = parent;
    node.row = int((parent < 0 ? m_roots : m_nodes[parent].children).size());
    m_nodes.append(node);
    // Only now take the reference: appending to m_nodes may have moved the parent node.
    (parent < 0 ? m_roots : m_nodes[parent].children).append(m_nodes.size() - 1);
    return m_nodes.last();
}

void LibraryTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_reportCount = 0;
    if (m_library)
        for (const ReportGroup &group : ReportListing(*m_library).regions(m_filter)) {
            Node node;
            node.kind = Kind::Region;
            node.region = group.region;
            node.label = QStringLiteral("%1 (%2)")
                             .arg(group.region.isEmpty() ? tr("(Unknown region)") : group.region)
                             .arg(QLocale().toString(group.count));
            addNode(-1, node);
            m_reportCount += group.count;
        }
    endResetModel();
}

bool LibraryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || !m_library)
        return false;
    const Node &node = m_nodes[qsizetype(parent.internalId())];
    return node.kind != Kind::Report && !node.fetched;
}

void LibraryTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qsizetype id = qsizetype(parent.internalId());
    m_nodes[id].fetched = true;
    const Node group = m_nodes[id];
    QList<Node> children;
    ReportListing listing(*m_library);
    if (group.kind == Kind::Region) {
        for (const ReportGroup &year : listing.years(m_filter, group.region)) {
            Node node;
            node.kind = Kind::Year;
            node.region = group.region;
            node.year = year.year;
            node.label = year.year > 0 ? QString::number(year.year) : tr("Year unknown");
            children.append(node);
        }
    } else {
        ReportQuery query;
        query.text = m_filter;
        query.region = group.region;
        query.year = group.year;
        for (const ReportSummary &r : listing.page(query, 0, -1)) {
            Node node;
            node.region = group.region;
            node.year = group.year;
            node.reportId = r.id;
            node.label = r.title.isEmpty() ? tr("(Untitled)") : r.title;
            node.toolTip = r.sourcePath;
            children.append(node);
        }
    }
    if (children.isEmpty())
        return;
    beginInsertRows(parent, 0, int(children.size()) - 1);
    for (const Node &child : children)
        addNode(id, child);
    endInsertRows();
}

QModelIndex LibraryTreeModel::indexOf(qsizetype node) const
{
    return createIndex(m_nodes[node].row, 0, quintptr(node));
}

QModelIndex LibraryTreeModel::indexOfReport(qint64 id)
{
    if (!m_library)
        return {};
    const QHash<qint64, ReportSummary> found = ReportStore(*m_library).summaries({id});
    if (found.isEmpty())
        return {};
    const ReportSummary &report = found.value(id);
    // Down from the report's region through its year, reading each level when it is not read yet.
    const auto find = [this](const QList<qsizetype> &nodes, auto matches) -> qsizetype {
        for (qsizetype node : nodes)
            if (matches(m_nodes[node]))
                return node;
        return -1;
    };
    const qsizetype region = find(m_roots, [&](const Node &n) { return n.region == report.region; });
    if (region < 0)
        return {};
    fetchMore(indexOf(region));
    const qsizetype year = find(m_nodes[region].children, [&](const Node &n) { return n.year == report.year; });
    if (year < 0)
        return {};
    fetchMore(indexOf(year));
    const qsizetype leaf = find(m_nodes[year].children, [&](const Node &n) { return n.reportId == id; });
    return leaf < 0 ? QModelIndex() : indexOf(leaf);
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
    return parent < 0 ? QModelIndex() : indexOf(parent);
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

bool LibraryTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_roots.isEmpty();
    if (parent.column() != 0)
        return false;
    // Groups exist only with reports in them, so an unread group has children too.
    const Node &node = m_nodes[qsizetype(parent.internalId())];
    return node.kind != Kind::Report && (!node.fetched || !node.children.isEmpty());
}

QVariant LibraryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[qsizetype(index.internalId())];
    switch (role) {
    case Qt::DisplayRole: return n.label;
    case Qt::ToolTipRole: return n.toolTip.isEmpty() ? QVariant() : QVariant(n.toolTip);
    case ReportIdRole: return n.kind == Kind::Report ? QVariant(n.reportId) : QVariant();
    default: return {};
    }
}

} // namespace ReportLens
