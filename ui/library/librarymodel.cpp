#include "librarymodel.h"

namespace ReportLens {

LibraryModel::LibraryModel(Library *library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{ }

void LibraryModel::setFilterText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    reload();
}

void LibraryModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_count = m_library ? ReportListing(*m_library).count(m_query) : 0;
    endResetModel();
}

const ReportSummary *LibraryModel::reportAt(int row) const
{
    if (!m_library || row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxCachedPages)
            m_pages.clear();
        it = m_pages.insert(page, ReportListing(*m_library).page(m_query, page * PageSize, PageSize));
    }
    const qsizetype offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int LibraryModel::rowOfReport(qint64 id) const
{
    return m_library ? ReportListing(*m_library).positions({id}, m_query).value(id, -1) : -1;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryModel::levelDisplayName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::National: return tr("National");
    case AdminLevel::Province: return tr("Province");
    case AdminLevel::City: return tr("City");
    case AdminLevel::District: return tr("District");
    case AdminLevel::County: return tr("County");
    case AdminLevel::Unknown: break;
    }
    return QString();
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != ReportIdRole && role != Qt::ToolTipRole && role != Qt::DisplayRole)
        return {};
    const ReportSummary *r = reportAt(index.row());
    if (!r)
        return {};
    if (role == ReportIdRole)
        return r->id;
    if (role == Qt::ToolTipRole)
        return r->sourcePath;
    switch (index.column()) {
    case TitleColumn: return r->title;
    case RegionColumn: return r->region;
    case LevelColumn: return levelDisplayName(r->level);
    case YearColumn: return r->year > 0 ? QVariant(r->year) : QVariant();
    case DateColumn: return r->meetingDate.isValid() ? r->meetingDate.toString(Qt::ISODate) : QString();
    case SpeakerColumn: return (r->speakerRole + u' ' + r->speaker).trimmed();
    default: return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case RegionColumn: return tr("Region");
    case LevelColumn: return tr("Level");
    case YearColumn: return tr("Year");
    case DateColumn: return tr("Meeting date");
    case SpeakerColumn: return tr("Speaker");
    default: return {};
    }
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, ReportSortKey> keys = {
        {RegionColumn, ReportSortKey::Region},    {YearColumn, ReportSortKey::Year},
        {TitleColumn, ReportSortKey::Title},      {LevelColumn, ReportSortKey::Level},
        {DateColumn, ReportSortKey::MeetingDate}, {SpeakerColumn, ReportSortKey::Speaker}};
    if (!keys.contains(column) || (keys.value(column) == m_query.sortKey && order == m_query.order))
        return;
    // A layout change, not a reset: the selection and the current row follow their reports.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(index.data(ReportIdRole).toLongLong());
    m_query.sortKey = keys.value(column);
    m_query.order = order;
    m_pages.clear();
    const QHash<qint64, int> rows =
        m_library ? ReportListing(*m_library).positions(ids, m_query) : QHash<qint64, int>();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rows.value(ids[i], -1);
        after.append(row >= 0 ? index(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace ReportLens
