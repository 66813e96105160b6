#pragma once

#include <QSortFilterProxyModel>

namespace ReportLens {

/// Filters annotations by colour, tag, author, report and text in the passage or note.
class AnnotationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AnnotationFilterProxy(QObject *parent = nullptr);

    void setColor(int color); ///< -1: any
    void setTag(const QString &tag); ///< empty: any
    void setAuthor(const QString &author); ///< null: any
    void setReport(qint64 reportId); ///< 0: any
    void setText(const QString &text);
    void setNeedsReviewOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_color = -1;
    QString m_tag;
    QString m_author;
    qint64 m_report = 0;
    QString m_text;
    bool m_needsReviewOnly = false;
};

} // namespace ReportLens
