#pragma once

#include <QAbstractItemModel>

namespace ReportLens {

class Library;

/// The library grouped by region, then year: 全国 › 2024 › 政府工作报告. Regions are read at once
/// (one grouped query); a region's years and a year's reports are read when the view expands them.
class LibraryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { ReportIdRole = Qt::UserRole + 1 };

    /// Lists the reports of @p library (nullptr: none), which must outlive the model; nothing is
    /// read before reload().
    explicit LibraryTreeModel(Library *library = nullptr, QObject *parent = nullptr);

    /// Shows only the reports whose region, year, title, date or speaker contains @p text.
    void setFilterText(const QString &text);
    /// Reads the regions again, after the library changed; expanded nodes are read anew on demand.
    void reload();
    /// The number of reports listed (under the filter).
    int reportCount() const { return m_reportCount; }
    /// The index of report @p id, reading its region and year first if needed; invalid when the
    /// filter hides it.
    QModelIndex indexOfReport(qint64 id);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    enum class Kind { Region, Year, Report };
    struct Node
    {
        Kind kind = Kind::Report;
        QString region; ///< Null when unknown.
        int year = 0; ///< 0 when unknown.
        qint64 reportId = 0;
        QString label;
        QString toolTip;
        qsizetype parent = -1;
        int row = 0;
        bool fetched = false;
        QList<qsizetype> children;
    };
    Node &addNode(qsizetype parent, Node node);
    const QList<qsizetype> &childrenOf(const QModelIndex &parent) const;
    QModelIndex indexOf(qsizetype node) const;

    Library *m_library = nullptr;
    QString m_filter;
    int m_reportCount = 0;
    QList<Node> m_nodes;
    QList<qsizetype> m_roots;
};

} // namespace ReportLens
