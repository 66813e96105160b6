#pragma once

#include "model/report.h"

#include <QAbstractItemModel>

namespace ReportLens {

/// A report's sections as a tree.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { StartRole = Qt::UserRole + 1, EndRole, LevelRole, AnnotationCountRole };

    explicit OutlineModel(QObject *parent = nullptr);

    void setSections(const QList<Section> &sections);
    /// Counts the annotations that start in each section (shown after its title).
    void setAnnotationStarts(const QList<qsizetype> &starts);
    /// The deepest section containing @p position.
    QModelIndex indexAt(qsizetype position) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    // Flat storage; each node knows its parent and children by index, so QModelIndex::internalId
    // is the node index and stays valid for the model's lifetime.
    struct Node
    {
        Section section;
        qsizetype parent = -1;
        int row = 0;
        int annotations = 0;
        QList<qsizetype> children;
    };
    void addNodes(const QList<Section> &sections, qsizetype parent);
    const QList<qsizetype> &childrenOf(const QModelIndex &parent) const;

    QList<Node> m_nodes;
    QList<qsizetype> m_roots;
};

} // namespace ReportLens
