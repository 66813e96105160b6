#pragma once

#include "store/reportstore.h"
#include "store/searchindex.h"

#include <QAbstractItemModel>

namespace ReportLens {

class Library;

/// Search results grouped by report: a report row with its hit count, its hits (section and
/// snippet) below it. Lazy, for libraries where a query matches thousands of reports: report rows
/// are read a page at a time as the view scrolls (fetchMore), and a report's hits when it is
/// expanded; the matches themselves come from the index alone.
class SearchResultModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { ReportIdRole = Qt::UserRole + 1, StartRole, EndRole };
    static constexpr int PageSize = 100;

    explicit SearchResultModel(QObject *parent = nullptr);

    /// What a search reads before its results are shown, on a worker: the reports' summaries of
    /// the first page and the hits of the first reports. The rest is read as the view asks.
    struct FirstScreen
    {
        QHash<qint64, ReportSummary> summaries;
        QHash<qint64, QList<SearchHit>> hits;
    };

    /// Shows @p matches of @p query in @p library (which must outlive the results), starting with
    /// what @p first holds. With @p counted false, @p matches are only the first page, and
    /// setAllMatches() brings the rest.
    void setResults(Library *library, const QString &query, const QList<SearchMatch> &matches,
                    const FirstScreen &first = {}, bool counted = true);
    /// Every match of the query shown, in the order of its first page, which is their start: the
    /// rows shown stay, and the later pages are read as the view asks. (Should the library have
    /// changed in between, so that they are not, the results start again from @p matches.)
    void setAllMatches(const QList<SearchMatch> &matches);
    void clear();

    /// Whether every match is known (reportCount() and hitCount() are the totals).
    bool isCounted() const { return m_counted; }
    int reportCount() const { return int(m_matches.size()); }
    qint64 hitCount() const { return m_hitCount; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    /// Adds rows for the next @p count matches, with their @p summaries and whatever of their
    /// hits @p hits holds.
    void appendGroups(qsizetype count, const QHash<qint64, ReportSummary> &summaries,
                      const QHash<qint64, QList<SearchHit>> &hits);

    struct Group
    {
        ReportSummary report;
        int hitCount = 0;
        bool hitsLoaded = false;
        QList<SearchHit> hits;
    };
    // internalId: 0 for a report row; group row + 1 for a hit row.
    Library *m_library = nullptr;
    QString m_query;
    QList<SearchMatch> m_matches;
    QList<Group> m_groups; ///< The first m_groups.size() matches, read so far.
    qint64 m_hitCount = 0;
    bool m_counted = true;
    bool m_inserting = false; ///< Views are being told of a change.
};

} // namespace ReportLens
