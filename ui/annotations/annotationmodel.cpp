#include "annotationmodel.h"

#include "reader/readerview.h"

#include <QColor>

namespace ReportLens {

AnnotationModel::AnnotationModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AnnotationModel::setItems(const QList<AnnotationExportItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const AnnotationExportItem *AnnotationModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    const AnnotationExportItem *item = itemAt(index.row());
    if (!item || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Annotation &a = item->annotation;
    switch (role) {
    case AnnotationIdRole: return a.id;
    case ReportIdRole: return a.reportId;
    case StartRole: return qlonglong(a.anchor.start);
    case EndRole: return qlonglong(a.anchor.end);
    case ColorIndexRole: return a.color;
    case TagsRole: return a.tags;
    case NeedsReviewRole: return a.status == Annotation::Status::NeedsReview;
    case AuthorRole: return a.author;
    default: break;
    }
    if (role == Qt::DecorationRole && index.column() == ColorColumn) {
        QColor c = ReaderView::highlightColor(a.color);
        c.setAlpha(255);
        return c;
    }
    if (role == Qt::ToolTipRole && index.column() == QuoteColumn)
        return a.anchor.quote;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ColorColumn: return a.color + 1;
    case QuoteColumn: return a.anchor.quote.simplified().left(80);
    case NoteColumn: return a.note.simplified();
    case TagsColumn: return a.tags.join(QStringLiteral(", "));
    case ReportColumn: return displayTitle(item->region, item->year, item->reportTitle);
    case SectionColumn: return item->sectionTitles.isEmpty() ? QString() : item->sectionTitles.last();
    case AuthorColumn:
        // In a team library, whether the others see it; an administrator may have hidden it.
        return a.visibility == Annotation::Visibility::Team
            ? (a.hidden ? tr("%1 (team, hidden)").arg(a.author) : tr("%1 (team)").arg(a.author))
            : tr("%1 (private)").arg(a.author);
    case StatusColumn: return a.status == Annotation::Status::NeedsReview ? tr("Needs review") : tr("Anchored");
    default: return {};
    }
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColorColumn: return tr("Colour");
    case QuoteColumn: return tr("Passage");
    case NoteColumn: return tr("Note");
    case TagsColumn: return tr("Tags");
    case ReportColumn: return tr("Report");
    case SectionColumn: return tr("Section");
    case AuthorColumn: return tr("Author");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace ReportLens
