#include "outlinemodel.h"

namespace ReportLens {

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

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

void OutlineModel::setAnnotationStarts(const QList<qsizetype> &starts)
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        Node &n = m_nodes[i];
        const int count = int(std::count_if(starts.cbegin(), starts.cend(), [&](qsizetype position) {
            return n.section.start <= position && position < n.section.end;
        }));
        if (count == n.annotations)
            continue;
        n.annotations = count;
        const QModelIndex index = createIndex(n.row, 0, quintptr(i));
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, AnnotationCountRole});
    }
}

QModelIndex OutlineModel::indexAt(qsizetype position) const
{
    qsizetype found = -1;
    const QList<qsizetype> *level = &m_roots;
    while (level) {
        const QList<qsizetype> *next = nullptr;
        for (qsizetype n : *level)
            if (m_nodes[n].section.start <= position && position < m_nodes[n].section.end) {
                found = n;
                next = &m_nodes[n].children;
                break;
            }
        level = next;
    }
    return found < 0 ? QModelIndex() : createIndex(m_nodes[found].row, 0, quintptr(found));
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
    const int annotations = m_nodes[qsizetype(index.internalId())].annotations;
    switch (role) {
    case Qt::DisplayRole:
        return annotations > 0 ? QStringLiteral("%1  ✎%2").arg((s.label + s.title).trimmed()).arg(annotations)
                               : (s.label + s.title).trimmed();
    case AnnotationCountRole: return annotations;
    case Qt::ToolTipRole: return s.title;
    case StartRole: return qlonglong(s.start);
    case EndRole: return qlonglong(s.end);
    case LevelRole: return s.level;
    default: return {};
    }
}

} // namespace ReportLens
