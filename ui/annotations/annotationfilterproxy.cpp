#include "annotationfilterproxy.h"

#include "annotationmodel.h"

namespace ReportLens {

AnnotationFilterProxy::AnnotationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void AnnotationFilterProxy::setColor(int color)
{
    m_color = color;
    invalidateFilter();
}

void AnnotationFilterProxy::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void AnnotationFilterProxy::setAuthor(const QString &author)
{
    m_author = author;
    invalidateFilter();
}

void AnnotationFilterProxy::setReport(qint64 reportId)
{
    m_report = reportId;
    invalidateFilter();
}

void AnnotationFilterProxy::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

void AnnotationFilterProxy::setNeedsReviewOnly(bool only)
{
    m_needsReviewOnly = only;
    invalidateFilter();
}

bool AnnotationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_color >= 0 && index.data(AnnotationModel::ColorIndexRole).toInt() != m_color)
        return false;
    if (!m_tag.isEmpty() && !index.data(AnnotationModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (!m_author.isNull() && index.data(AnnotationModel::AuthorRole).toString() != m_author)
        return false;
    if (m_report != 0 && index.data(AnnotationModel::ReportIdRole).toLongLong() != m_report)
        return false;
    if (m_needsReviewOnly && !index.data(AnnotationModel::NeedsReviewRole).toBool())
        return false;
    if (!m_text.isEmpty()) {
        const QModelIndex quote = index.siblingAtColumn(AnnotationModel::QuoteColumn);
        const QModelIndex note = index.siblingAtColumn(AnnotationModel::NoteColumn);
        if (!quote.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive)
            && !note.data().toString().contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace ReportLens
