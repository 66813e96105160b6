#pragma once

#include "model/report.h"

#include <QUndoCommand>

namespace ReportLens {

class LibraryDocument;

/// Corrects a report's metadata; the changed fields are marked edited.
class EditMetadataCommand : public QUndoCommand
{
public:
    EditMetadataCommand(LibraryDocument *document, qint64 reportId, const ReportMetadata &before, const ReportMetadata &after);
    void redo() override;
    void undo() override;

private:
    LibraryDocument *m_document;
    qint64 m_reportId;
    ReportMetadata m_before;
    ReportMetadata m_after;
};

} // namespace ReportLens
