#pragma once

#include "model/annotation.h"
#include "model/report.h"

#include <QObject>

class QUndoStack;

namespace ReportLens {

class Library;

/// The open library as the window sees it: owns the undo stack and tells every pane what changed.
/// Undo commands change the library only through it, so the panes stay in step.
class LibraryDocument : public QObject
{
    Q_OBJECT
public:
    explicit LibraryDocument(Library &library, QObject *parent = nullptr);

    Library &library() const { return m_library; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Used by the undo commands; each returns false (and says why in lastError) on failure.
    qint64 insertAnnotation(const Annotation &annotation);
    bool updateAnnotation(const Annotation &annotation);
    bool removeAnnotation(qint64 id);
    bool setMetadata(qint64 reportId, const ReportMetadata &meta);
    bool setIndicator(qint64 indicatorRowId, qint64 reportId, const Indicator &indicator);

    QString lastError() const { return m_lastError; }

    /// Tells the panes that reports were added, replaced or removed (after an import).
    void notifyReportsChanged();

Q_SIGNALS:
    void reportsChanged();
    void annotationsChanged(qint64 reportId);
    void metadataChanged(qint64 reportId);
    void indicatorsChanged(qint64 reportId);
    void errorOccurred(const QString &message);

private:
    /// Another process (reportlens-cli import) committed to the library: tell the panes.
    void checkForOutsideChanges();

    Library &m_library;
    QUndoStack *m_undoStack;
    qint64 m_dataVersion = -1;
    QString m_lastError;
};

} // namespace ReportLens
