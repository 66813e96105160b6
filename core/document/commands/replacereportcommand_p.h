#pragma once

#include "model/report.h"
#include "store/reportsnapshot.h"

#include <QUndoCommand>

#include <optional>

namespace ReportLens {

class DocumentEditor;

/// Deletes a report, or reads it again from its file (a re-import), as one step. Undo puts every
/// row back as it was (ReportSnapshot: the same ids, so the steps below still apply); redo after
/// an undo puts back the rows the first run made, rather than reading the file again.
class ReplaceReportCommand : public QUndoCommand
{
public:
    /// Deletes report @p reportId.
    ReplaceReportCommand(DocumentEditor *editor, qint64 reportId);
    /// Replaces report @p reportId with @p fresh, the file read again (what the user made of the
    /// report is carried over by the Reimporter).
    ReplaceReportCommand(DocumentEditor *editor, qint64 reportId, Report fresh);
    void redo() override;
    void undo() override;

    /// After the first redo of a re-import: how many annotations were not found again.
    int needsReview() const { return m_needsReview; }

private:
    DocumentEditor *m_editor;
    qint64 m_reportId;
    std::optional<Report> m_fresh; ///< Unset for a deletion; dropped once applied.
    bool m_deletes;
    std::optional<ReportSnapshot> m_before;
    std::optional<ReportSnapshot> m_after;
    int m_needsReview = 0;
};

} // namespace ReportLens
