#include "librarymodel.h"

namespace ReportLens {

LibraryModel::LibraryModel(QObject *parent) : QAbstractTableModel(parent) {}

void LibraryModel::setReports(const QList<ReportSummary> &reports)
{
    beginResetModel();
    m_reports = reports;
    endResetModel();
}

const ReportSummary *LibraryModel::reportAt(int row) const
{
    return row >= 0 && row < m_reports.size() ? &m_reports[row] : nullptr;
}

int LibraryModel::rowOfReport(qint64 id) const
{
    for (int row = 0; row < m_reports.size(); ++row)
        if (m_reports[row].id == id)
            return row;
    return -1;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
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
    const ReportSummary *r = reportAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == ReportIdRole)
        return r->id;
    if (role == Qt::ToolTipRole)
        return r->sourcePath;
    if (role != Qt::DisplayRole)
        return {};
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

} // namespace ReportLens
