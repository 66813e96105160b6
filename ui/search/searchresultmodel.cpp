#include "searchresultmodel.h"

#include "store/library.h"

namespace ReportLens {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SearchResultModel::setResults(Library *library, const QString &query, const QList<SearchMatch> &matches,
                                   const FirstScreen &first, bool counted)
{
    m_inserting = true;
    beginResetModel();
    m_library = library;
    m_query = query;
    m_matches = matches;
    m_counted = counted;
    m_groups.clear();
    m_hitCount = 0;
    for (const SearchMatch &m : matches)
        m_hitCount += m.hitCount;
    qsizetype firstPage = 0;
    while (firstPage < matches.size() && first.summaries.contains(matches[firstPage].reportId))
        ++firstPage;
    appendGroups(firstPage, first.summaries, first.hits);
    endResetModel();
    m_inserting = false;
}

void SearchResultModel::appendGroups(qsizetype count, const QHash<qint64, ReportSummary> &summaries,
                                     const QHash<qint64, QList<SearchHit>> &hits)
{
    for (qsizetype i = m_groups.size(), end = m_groups.size() + count; i < end; ++i) {
        const qint64 id = m_matches[i].reportId;
        Group group;
        // A report deleted since the search keeps its row, without a title.
        group.report = summaries.value(id);
        group.report.id = id;
        group.hitCount = m_matches[i].hitCount;
        group.hitsLoaded = hits.contains(id);
        group.hits = hits.value(id);
        m_groups.append(group);
    }
}

void SearchResultModel::setAllMatches(const QList<SearchMatch> &matches)
{
    const bool startsWithShown = matches.size() >= m_groups.size()
        && std::equal(m_groups.cbegin(), m_groups.cend(), matches.cbegin(), [](const Group &g, const SearchMatch &m) {
                                     return g.report.id == m.reportId && g.hitCount == m.hitCount;
                                 });
    if (!startsWithShown) {
        setResults(m_library, m_query, matches);
        return;
    }
    m_matches = matches;
    m_counted = true;
    m_hitCount = 0;
    for (const SearchMatch &m : matches)
        m_hitCount += m.hitCount;
}

void SearchResultModel::clear()
{
    setResults(nullptr, {}, {});
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    return row < m_groups[parent.row()].hits.size() ? createIndex(row, 0, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex SearchResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
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

bool SearchResultModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_matches.isEmpty();
    return parent.internalId() == 0 && m_groups[parent.row()].hitCount > 0;
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while views react to a reset or an insertion: one change at a time.
    if (!m_library || m_inserting)
        return false;
    if (!parent.isValid())
        return m_groups.size() < m_matches.size();
    return parent.internalId() == 0 && !m_groups[parent.row()].hitsLoaded;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!parent.isValid()) {
        const qsizetype first = m_groups.size();
        const qsizetype count = std::min<qsizetype>(PageSize, m_matches.size() - first);
        QList<qint64> ids;
        for (qsizetype i = first; i < first + count; ++i)
            ids.append(m_matches[i].reportId);
        const QHash<qint64, ReportSummary> summaries = ReportStore(*m_library).summaries(ids);
        m_inserting = true;
        beginInsertRows({}, int(first), int(first + count - 1));
        appendGroups(count, summaries, {});
        endInsertRows();
        m_inserting = false;
        return;
    }
    Group &group = m_groups[parent.row()];
    group.hitsLoaded = true;
    const QList<SearchHit> hits = SearchIndex(*m_library).hitsIn(group.report.id, m_query);
    if (hits.isEmpty())
        return;
    m_inserting = true;
    beginInsertRows(parent, 0, int(hits.size() - 1));
    group.hits = hits;
    endInsertRows();
    m_inserting = false;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 — %Ln hit(s)", nullptr, g.hitCount)
                .arg(displayTitle(g.report.region, g.report.year, g.report.title));
        case ReportIdRole: return g.report.id;
        default: return {};
        }
    }
    const SearchHit &hit = m_groups[qsizetype(index.internalId() - 1)].hits[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        // Plain text, as a tree view draws it: the match between 【】, after the innermost section.
        const QString snippet = wrapSpans(hit.snippet, hit.snippetMatches, QStringLiteral("【"), QStringLiteral("】"));
        return hit.sectionTitles.isEmpty() ? snippet : hit.sectionTitles.last() + QStringLiteral("：") + snippet;
    }
    case Qt::ToolTipRole: return hit.sectionTitles.join(QStringLiteral(" › "));
    case ReportIdRole: return hit.reportId;
    case StartRole: return qlonglong(hit.start);
    case EndRole: return qlonglong(hit.end);
    default: return {};
    }
}

} // namespace ReportLens
