#pragma once

#include "store/reportstore.h"
#include "store/searchindex.h"

#include <QAbstractItemModel>

namespace ReportLens {

/// Search hits grouped by report: a report row with its hit count, its hits (section and snippet)
/// below it.
class SearchResultModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { ReportIdRole = Qt::UserRole + 1, StartRole, EndRole };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResults(const QList<SearchHit> &hits, const QList<ReportSummary> &reports);
    int hitCount() const { return int(m_hits.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        ReportSummary report;
        QList<qsizetype> hits; ///< indexes into m_hits
    };
    // internalId: 0 for a report row, hit index + 1 for a hit row.
    QList<Group> m_groups;
    QList<SearchHit> m_hits;
    QList<qsizetype> m_groupOfHit;
};

} // namespace ReportLens
