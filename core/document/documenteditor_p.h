#pragma once

#include "document/document.h"

#include "store/indicatorstore.h"
#include "store/reportsnapshot.h"

namespace ReportLens {

/// The writes the document's undo commands make, and nothing else does: each goes to the store in
/// a transaction and then tells the document what changed. On failure it returns false (0, nullopt)
/// and keeps the reason in lastError(). Private to the document.
class DocumentEditor
{
public:
    explicit DocumentEditor(Document &document)
        : m_document(document)
    { }

    QString lastError() const { return m_lastError; }
    void clearError()
    {
        m_lastError.clear();
        m_conflict.reset();
    }

    std::optional<Annotation> annotation(qint64 id);
    /// Stores @p annotation (with its former id when it has one: undo of a removal); its id, 0 on failure.
    qint64 insertAnnotation(const Annotation &annotation);
    /// Stores @p annotation over the revision it carries and sets the new one. When the stored
    /// annotation is at another revision (edited elsewhere meanwhile) nothing is written and
    /// conflict() holds both versions until the document takes them.
    bool updateAnnotation(Annotation &annotation);
    /// The edit refused by the last updateAnnotation(): what it would have written, and what is
    /// stored. Cleared by clearError().
    const std::optional<AnnotationConflict> &conflict() const { return m_conflict; }
    /// The revision of annotation @p id that this document last stored (0 when it stored none).
    int writtenRevision(qint64 id) const { return m_written.value(id); }
    /// Removes @p ids in one transaction; @p removed receives them as they were.
    bool removeAnnotations(const QList<qint64> &ids, QList<Annotation> *removed);
    /// Puts @p annotations back with their ids, in one transaction.
    bool restoreAnnotations(const QList<Annotation> &annotations);

    std::optional<ReportMetadata> metadata(qint64 reportId);
    bool setMetadata(qint64 reportId, const ReportMetadata &meta);

    std::optional<IndicatorRow> figure(qint64 figureId);
    bool setFigure(const IndicatorRow &figure);

    std::optional<ReportSnapshot> snapshot(qint64 reportId);
    bool restore(const ReportSnapshot &snapshot, Document::Changes what);
    bool removeReport(qint64 reportId);
    /// A re-import: @p fresh merged with what the user made of the stored report (Reimporter).
    bool replaceReport(qint64 reportId, Report fresh, int *needsReview);

private:
    bool fail(const QString &what, const QString &why);
    /// Tells the document that the reports of @p annotations changed.
    void annotationsChanged(const QList<Annotation> &annotations);

    Document &m_document;
    QString m_lastError;
    std::optional<AnnotationConflict> m_conflict;
    QHash<qint64, int> m_written; ///< Annotation id → the revision this document last stored.
};

} // namespace ReportLens
