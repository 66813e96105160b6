#include "outlinemodel.h"

namespace ReportLens {

OutlineModel::OutlineModel(QObject *parent) : QAbstractItemModel(parent) {}

void OutlineModel::setSections(const QList<Section> &sections)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    addNodes(sections, -1);
    endResetModel();
}

void OutlineModel::addNodes(const QList<Section> &sections, qsizetype parent)
{
    int row = 0;
    for (const Section &s : sections) {
        Node node;
        node.section = s;
        node.section.children.clear();
        node.parent = parent;
        node.row = row++;
        m_nodes.append(node);
        const qsizetype index = m_nodes.size() - 1;
        (parent < 0 ? m_roots : m_nodes[parent].children).append(index);
        addNodes(s.children, index);
    }
}

const QList<qsizetype> &OutlineModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes[qsizetype(parent.internalId())].children : m_roots;
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<qsizetype> &children = childrenOf(parent);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const qsizetype parent = m_nodes[qsizetype(child.internalId())].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Section &s = m_nodes[qsizetype(index.internalId())].section;
    switch (role) {
    case Qt::DisplayRole: return (s.label + s.title).trimmed();
    case Qt::ToolTipRole: return s.title;
    case StartRole: return qlonglong(s.start);
    case EndRole: return qlonglong(s.end);
    case LevelRole: return s.level;
    default: return {};
    }
}

} // namespace ReportLens
