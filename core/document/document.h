#pragma once

#include "model/annotation.h"
#include "model/report.h"
#include "store/changefeed.h"

#include <QFlags>
#include <QObject>

#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace ReportLens {

class DocumentEditor;
class Library;

/// The library as the user works with it, and the one owner of its state: the open library, the
/// current report (with its figures and annotations), the selection in it and the undo stack.
/// Its public functions are the user's intents; each is one undo step made of commands private to
/// the document (as in Okular's Document). Panes observe it: currentReportChanged() when another
/// report is shown or the shown one is read again, reportChanged() with flags saying what changed,
/// so that each pane reloads only what it shows. No widgets: it is tested without a window.
class Document : public QObject
{
    Q_OBJECT
public:
    /// What changed about a report, for observers.
    enum class Change {
        Text = 0x01, ///< Read again from its file: text, outline, figures, anchors
        Metadata = 0x02,
        Figures = 0x04, ///< A figure corrected, marked wrong or restored
        Annotations = 0x08, ///< Added, edited or removed
        Added = 0x10, ///< Now in the library (imported, or its deletion undone)
        Removed = 0x20, ///< No longer in the library
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    /// A range of the current report's clean text; empty when start == end.
    struct Selection
    {
        qsizetype start = 0;
        qsizetype end = 0;
        bool isEmpty() const { return start == end; }
    };

    explicit Document(Library &library, QObject *parent = nullptr);
    ~Document() override;

    Library &library() const { return m_library; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// What other programs change in the library, and (for a team library) the connection's state.
    ChangeFeed *changeFeed() const { return m_changeFeed; }

    // The current report.
    /// Makes report @p id current; false (current report unchanged) when it cannot be read.
    bool openReport(qint64 id);
    void closeReport();
    qint64 currentReportId() const { return m_current.id; }
    /// The current report as stored, figures included (flagged rejected where marked wrong).
    const Report &currentReport() const { return m_current; }
    const QList<Annotation> &currentAnnotations() const { return m_annotations; }
    /// The current report's annotation covering @p position, if any (the innermost when nested).
    std::optional<Annotation> annotationAt(qsizetype position) const;

    /// Any report of the library as stored (the side-by-side panes show several).
    std::optional<Report> loadReport(qint64 id, QString *error = nullptr) const;
    QList<Annotation> annotations(qint64 reportId) const;

    void setSelection(qsizetype start, qsizetype end);
    Selection selection() const { return m_selection; }

    // The user's intents. Each is one undo step; on failure nothing changes, errorOccurred() says
    // why and the result is false (0 for highlight()).
    /// Highlights [@p start, @p end) of report @p reportId in colour @p color; the new annotation's id.
    qint64 highlight(qint64 reportId, qsizetype start, qsizetype end, int color);
    bool editNote(qint64 annotationId, const QString &note);
    bool setAnnotationColor(qint64 annotationId, int color);
    bool tagAnnotation(qint64 annotationId, const QStringList &tags);
    /// Colour, note and tags as the annotation editor returns them: one step for what differs.
    /// @p edited.revision is the revision the editor showed: when the stored annotation has been
    /// changed since (another window or team member's computer), nothing is written and
    /// annotationConflict() offers both versions.
    bool editAnnotation(const Annotation &edited);
    /// How the user settled a conflict: their edit over the stored version, the stored version,
    /// or both notes kept (the stored one, then theirs).
    enum class Resolution { KeepMine, KeepTheirs, KeepBoth };
    bool resolveConflict(const AnnotationConflict &conflict, Resolution resolution);
    /// Removes annotations (several as one step).
    bool removeAnnotations(const QList<qint64> &ids);
    /// Stores corrected metadata; fields that differ from the stored ones are marked edited.
    bool setMetadata(qint64 reportId, const ReportMetadata &meta);
    /// A correction of figure @p figureId (value, period, kind; marked edited) or its rejection.
    bool correctFigure(qint64 figureId, const Indicator &corrected);
    /// Deletes report @p id with its annotations; undo brings everything back with the same ids.
    bool deleteReport(qint64 id);
    /// Reads report @p id again from @p path. The file is read and processed on a worker thread;
    /// when it arrives the change is one undo step (reimportFinished() either way). A second call
    /// while one runs cancels the first: its result is dropped, nothing of it is stored.
    void reimport(qint64 id, const QString &path);
    void cancelReimport();
    bool isReimporting() const;
    /// Reports stored by an import (ImportController's worker) or another program: observers
    /// reload their lists. Not an undo step: an import is undone by deleting the reports.
    void reportsImported();
    /// Every report's figures were read again (Reextraction, after the rules changed): observers
    /// reload figures. Not an undo step.
    void figuresReread();

Q_SIGNALS:
    void currentReportChanged();
    /// @p reportId 0: several reports (an import, figures read again for the whole library).
    void reportChanged(qint64 reportId, ReportLens::Document::Changes what);
    /// Reports were added to or removed from the library, here or by another program.
    void libraryChanged();
    void selectionChanged();
    /// A re-import ended: stored (with @p needsReview annotations not found again) or failed
    /// (@p error; nothing changed). Not emitted for a cancelled one.
    void reimportFinished(qint64 reportId, int needsReview, const QString &error);
    void errorOccurred(const QString &message);
    /// An edit was refused because the annotation had been changed elsewhere meanwhile: the window
    /// shows both versions and lets the user choose (resolveConflict()).
    void annotationConflict(const ReportLens::AnnotationConflict &conflict);

private:
    friend class DocumentEditor;
    /// Called by the editor after every write: reloads the current report where it is affected
    /// and tells the observers.
    void changed(qint64 reportId, Changes what);
    bool push(QUndoCommand *command);
    /// Another process (reportlens-cli import) committed to the library.
    void applyOutsideChanges(const QList<ChangeFeed::Change> &changes);
    /// Annotation @p id as the current report's list shows it (what an edit is made from); only its
    /// id when it is not shown.
    Annotation shownAnnotation(qint64 id) const;
    /// Reads again what @p what says changed of the current report.
    void reloadCurrent(Changes what);

    Library &m_library;
    QUndoStack *m_undoStack;
    std::unique_ptr<DocumentEditor> m_editor;
    Report m_current;
    QList<Annotation> m_annotations;
    Selection m_selection;
    qint64 m_removedCurrent = 0; ///< The current report when it was deleted, shown again when it comes back.
    ChangeFeed *m_changeFeed;
    QObject *m_reimport = nullptr; ///< The watcher of the running re-import; results of others are dropped.
};

} // namespace ReportLens

Q_DECLARE_OPERATORS_FOR_FLAGS(ReportLens::Document::Changes)
