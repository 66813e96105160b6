#pragma once

#include "export/annotationexporter.h"

#include <QAbstractTableModel>

namespace ReportLens {

/// Every annotation of the library with its report and section, one row each.
class AnnotationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ColorColumn,
        QuoteColumn,
        NoteColumn,
        TagsColumn,
        ReportColumn,
        SectionColumn,
        AuthorColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        ReportIdRole,
        StartRole,
        EndRole,
        ColorIndexRole,
        TagsRole,
        NeedsReviewRole,
        AuthorRole
    };

    explicit AnnotationModel(QObject *parent = nullptr);

    void setItems(const QList<AnnotationExportItem> &items);
    const AnnotationExportItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AnnotationExportItem> m_items;
};

} // namespace ReportLens
