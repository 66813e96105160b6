#pragma once

#include "model/report.h"

#include <QUndoCommand>

namespace ReportLens {

class DocumentEditor;

/// Corrects a report's metadata (the changed fields marked edited by the caller); undo puts back
/// what was stored when the step ran.
class SetMetadataCommand : public QUndoCommand
{
public:
    SetMetadataCommand(DocumentEditor *editor, qint64 reportId, const ReportMetadata &after);
    void redo() override;
    void undo() override;

private:
    DocumentEditor *m_editor;
    qint64 m_reportId;
    ReportMetadata m_after;
    ReportMetadata m_before;
};

} // namespace ReportLens
