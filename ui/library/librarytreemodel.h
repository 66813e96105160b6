#pragma once

#include "store/reportstore.h"

#include <QAbstractItemModel>

namespace ReportLens {

/// The library grouped by region, then year: 全国 › 2024 › 政府工作报告.
class LibraryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { ReportIdRole = Qt::UserRole + 1 };

    explicit LibraryTreeModel(QObject *parent = nullptr);

    void setReports(const QList<ReportSummary> &reports);
    /// The index of report @p id, or an invalid index.
    QModelIndex indexOfReport(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString label;
        qint64 reportId = 0;
        QString toolTip;
        qsizetype parent = -1;
        int row = 0;
        QList<qsizetype> children;
    };
    qsizetype addNode(qsizetype parent, const QString &label, qint64 reportId = 0, const QString &toolTip = {});
    const QList<qsizetype> &childrenOf(const QModelIndex &parent) const;

    QList<Node> m_nodes;
    QList<qsizetype> m_roots;
};

} // namespace ReportLens
