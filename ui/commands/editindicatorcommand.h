#pragma once

#include "model/report.h"

#include <QUndoCommand>

namespace ReportLens {

class LibraryDocument;

/// Corrects an extracted figure (value, period, kind); the corrected row is marked edited.
class EditIndicatorCommand : public QUndoCommand
{
public:
    EditIndicatorCommand(LibraryDocument *document, qint64 rowId, qint64 reportId, const Indicator &before,
                         const Indicator &after);
    void redo() override;
    void undo() override;

private:
    LibraryDocument *m_document;
    qint64 m_rowId;
    qint64 m_reportId;
    Indicator m_before;
    Indicator m_after;
};

} // namespace ReportLens
