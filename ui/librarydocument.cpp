#include "librarydocument.h"

#include "store/annotationstore.h"
#include "store/indicatorstore.h"
#include "store/library.h"
#include "store/reportstore.h"

#include <QTimer>
#include <QUndoStack>

namespace ReportLens {

LibraryDocument::LibraryDocument(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_undoStack(new QUndoStack(this))
{
    // PRAGMA data_version changes when another connection commits; polling it is how SQLite
    // tells one process about another's writes. Cheap: it reads no pages.
    auto *timer = new QTimer(this);
    timer->setInterval(1500);
    connect(timer, &QTimer::timeout, this, &LibraryDocument::checkForOutsideChanges);
    timer->start();
    m_dataVersion = m_library.dataVersion();
}

void LibraryDocument::checkForOutsideChanges()
{
    const qint64 version = m_library.dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        Q_EMIT reportsChanged();
    }
}

qint64 LibraryDocument::insertAnnotation(const Annotation &annotation)
{
    const qint64 id = AnnotationStore(m_library).insert(annotation, &m_lastError);
    if (id == 0)
        Q_EMIT errorOccurred(tr("The highlight could not be saved: %1").arg(m_lastError));
    else
        Q_EMIT annotationsChanged(annotation.reportId);
    return id;
}

bool LibraryDocument::updateAnnotation(const Annotation &annotation)
{
    if (!AnnotationStore(m_library).update(annotation, &m_lastError)) {
        Q_EMIT errorOccurred(tr("The annotation could not be saved: %1").arg(m_lastError));
        return false;
    }
    Q_EMIT annotationsChanged(annotation.reportId);
    return true;
}

bool LibraryDocument::removeAnnotation(qint64 id)
{
    const std::optional<Annotation> existing = AnnotationStore(m_library).annotation(id);
    if (!existing || !AnnotationStore(m_library).remove(id, &m_lastError)) {
        Q_EMIT errorOccurred(tr("The annotation could not be deleted: %1").arg(m_lastError));
        return false;
    }
    Q_EMIT annotationsChanged(existing->reportId);
    return true;
}

bool LibraryDocument::setMetadata(qint64 reportId, const ReportMetadata &meta)
{
    if (!ReportStore(m_library).updateMetadata(reportId, meta, &m_lastError)) {
        Q_EMIT errorOccurred(tr("The metadata could not be saved: %1").arg(m_lastError));
        return false;
    }
    Q_EMIT metadataChanged(reportId);
    Q_EMIT reportsChanged();
    return true;
}

bool LibraryDocument::setIndicator(qint64 indicatorRowId, qint64 reportId, const Indicator &indicator)
{
    if (!IndicatorStore(m_library).update(indicatorRowId, indicator, &m_lastError)) {
        Q_EMIT errorOccurred(tr("The indicator could not be saved: %1").arg(m_lastError));
        return false;
    }
    Q_EMIT indicatorsChanged(reportId);
    return true;
}

void LibraryDocument::notifyReportsChanged()
{
    Q_EMIT reportsChanged();
}

} // namespace ReportLens
