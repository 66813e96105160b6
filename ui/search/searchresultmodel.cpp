#include "searchresultmodel.h"

#include <QHash>

namespace ReportLens {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractItemModel(parent) {}

void SearchResultModel::setResults(const QList<SearchHit> &hits, const QList<ReportSummary> &reports)
{
    beginResetModel();
    m_groups.clear();
    m_hits = hits;
    m_groupOfHit.clear();
    QHash<qint64, ReportSummary> byId;
    for (const ReportSummary &r : reports)
        byId.insert(r.id, r);
    QHash<qint64, qsizetype> groupOf;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const qint64 id = hits[i].reportId;
        if (!groupOf.contains(id)) {
            groupOf.insert(id, m_groups.size());
            m_groups.append({byId.value(id), {}});
        }
        m_groups[groupOf[id]].hits.append(i);
        m_groupOfHit.append(groupOf[id]);
    }
    endResetModel();
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    const Group &g = m_groups[parent.row()];
    return row < g.hits.size() ? createIndex(row, 0, quintptr(g.hits[row] + 1)) : QModelIndex();
}

QModelIndex SearchResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(m_groupOfHit[qsizetype(child.internalId()) - 1]), 0, quintptr(0));
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups[parent.row()].hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 %2 %3 — %n hit(s)", nullptr, int(g.hits.size()))
                .arg(g.report.region, g.report.year > 0 ? QString::number(g.report.year) : QString(), g.report.title);
        case ReportIdRole: return g.report.id;
        default: return {};
        }
    }
    const SearchHit &hit = m_hits[qsizetype(index.internalId()) - 1];
    switch (role) {
    case Qt::DisplayRole: {
        QString snippet = hit.snippet;
        snippet.replace(QStringLiteral("<mark>"), QStringLiteral("【")).replace(QStringLiteral("</mark>"), QStringLiteral("】"));
        return hit.sectionPath.isEmpty() ? snippet : hit.sectionPath.section(QStringLiteral(" › "), -1) + QStringLiteral("：") + snippet;
    }
    case Qt::ToolTipRole: return hit.sectionPath;
    case ReportIdRole: return hit.reportId;
    case StartRole: return qlonglong(hit.start);
    case EndRole: return qlonglong(hit.end);
    default: return {};
    }
}

} // namespace ReportLens
