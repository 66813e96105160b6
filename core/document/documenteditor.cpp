#include "documenteditor_p.h"

#include "import/reimporter.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"

#include <QCoreApplication>

namespace ReportLens {

namespace {
// The context lupdate gives the tr() calls in DocumentEditor's functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportLens::DocumentEditor", text);
}
} // namespace

void DocumentEditor::annotationsChanged(const QList<Annotation> &annotations)
{
    QSet<qint64> reports;
    for (const Annotation &a : annotations)
        reports.insert(a.reportId);
    for (qint64 reportId : std::as_const(reports))
        m_document.changed(reportId, Document::Change::Annotations);
}

bool DocumentEditor::fail(const QString &what, const QString &why)
{
    m_lastError = what.arg(why);
    return false;
}

std::optional<Annotation> DocumentEditor::annotation(qint64 id)
{
    QString error;
    std::optional<Annotation> found = AnnotationStore(m_document.library()).annotation(id, &error);
    if (!found)
        fail(tr("The annotation could not be read: %1"),
             error.isEmpty() ? tr("it is no longer in the library") : error);
    return found;
}

qint64 DocumentEditor::insertAnnotation(const Annotation &annotation)
{
    QString error;
    const qint64 id = AnnotationStore(m_document.library()).insert(annotation, &error);
    if (id == 0) {
        fail(tr("The highlight could not be saved: %1"), error);
    } else {
        m_written.insert(id, std::max(annotation.revision, 1));
        m_document.changed(annotation.reportId, Document::Change::Annotations);
    }
    return id;
}

bool DocumentEditor::updateAnnotation(Annotation &annotation)
{
    QString error;
    std::optional<Annotation> theirs;
    if (!AnnotationStore(m_document.library()).update(annotation, &error, &theirs)) {
        if (theirs && theirs->revision != annotation.revision && theirs->author == m_document.library().userName())
            m_conflict = AnnotationConflict{annotation, *theirs};
        return fail(tr("The annotation could not be saved: %1"), error);
    }
    m_written.insert(annotation.id, annotation.revision);
    m_document.changed(annotation.reportId, Document::Change::Annotations);
    return true;
}

bool DocumentEditor::removeAnnotations(const QList<qint64> &ids, QList<Annotation> *removed)
{
    Library &library = m_document.library();
    Library::Transaction transaction(library);
    QString error;
    if (!transaction.began(&error))
        return fail(tr("The annotations could not be deleted: %1"), error);
    AnnotationStore store(library);
    QList<Annotation> before;
    for (qint64 id : ids) {
        const std::optional<Annotation> a = store.annotation(id, &error);
        if (!a)
            return fail(tr("The annotations could not be deleted: %1"),
                        error.isEmpty() ? tr("one is no longer in the library") : error);
        if (!store.remove(id, &error))
            return fail(tr("The annotations could not be deleted: %1"), error);
        before.append(*a);
    }
    if (!transaction.commit(&error))
        return fail(tr("The annotations could not be deleted: %1"), error);
    *removed = before;
    annotationsChanged(before);
    return true;
}

bool DocumentEditor::restoreAnnotations(const QList<Annotation> &annotations)
{
    Library &library = m_document.library();
    Library::Transaction transaction(library);
    QString error;
    if (!transaction.began(&error))
        return fail(tr("The annotations could not be restored: %1"), error);
    AnnotationStore store(library);
    for (const Annotation &a : annotations)
        if (store.insert(a, &error) == 0)
            return fail(tr("The annotations could not be restored: %1"), error);
    for (const Annotation &a : annotations)
        m_written.insert(a.id, std::max(a.revision, 1));
    if (!transaction.commit(&error))
        return fail(tr("The annotations could not be restored: %1"), error);
    annotationsChanged(annotations);
    return true;
}

std::optional<ReportMetadata> DocumentEditor::metadata(qint64 reportId)
{
    QString error;
    const std::optional<Report> report = ReportStore(m_document.library()).load(reportId, &error);
    if (!report) {
        fail(tr("The report could not be read: %1"), error);
        return std::nullopt;
    }
    return report->meta;
}

bool DocumentEditor::setMetadata(qint64 reportId, const ReportMetadata &meta)
{
    QString error;
    if (!ReportStore(m_document.library()).updateMetadata(reportId, meta, &error))
        return fail(tr("The metadata could not be saved: %1"), error);
    m_document.changed(reportId, Document::Change::Metadata);
    return true;
}

std::optional<IndicatorRow> DocumentEditor::figure(qint64 figureId)
{
    QString error;
    std::optional<IndicatorRow> row = IndicatorStore(m_document.library()).row(figureId, &error);
    if (!row)
        fail(tr("The figure could not be read: %1"), error);
    return row;
}

bool DocumentEditor::setFigure(const IndicatorRow &figure)
{
    QString error;
    if (!IndicatorStore(m_document.library()).update(figure.id, figure.indicator, &error))
        return fail(tr("The figure could not be saved: %1"), error);
    m_document.changed(figure.reportId, Document::Change::Figures);
    return true;
}

std::optional<ReportSnapshot> DocumentEditor::snapshot(qint64 reportId)
{
    QString error;
    std::optional<ReportSnapshot> rows = ReportSnapshot::take(m_document.library(), reportId, &error);
    if (!rows)
        fail(tr("The report could not be read: %1"), error);
    return rows;
}

bool DocumentEditor::restore(const ReportSnapshot &snapshot, Document::Changes what)
{
    QString error;
    if (!snapshot.restore(m_document.library(), &error))
        return fail(tr("The report could not be restored: %1"), error);
    m_document.changed(snapshot.reportId(), what);
    return true;
}

bool DocumentEditor::removeReport(qint64 reportId)
{
    QString error;
    if (!ReportStore(m_document.library()).remove(reportId, &error))
        return fail(tr("The report could not be deleted: %1"), error);
    m_document.changed(reportId, Document::Change::Removed);
    return true;
}

bool DocumentEditor::replaceReport(qint64 reportId, Report fresh, int *needsReview)
{
    QString error;
    ReimportedReport result;
    if (!Reimporter::replace(m_document.library(), reportId, std::move(fresh), &result, &error))
        return fail(tr("The report could not be read again: %1"), error);
    *needsReview = result.needsReview;
    m_document.changed(reportId,
                       Document::Change::Text | Document::Change::Metadata | Document::Change::Figures
                           | Document::Change::Annotations);
    return true;
}

} // namespace ReportLens
