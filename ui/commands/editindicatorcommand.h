#pragma once

#include "model/report.h"

#include <QUndoCommand>

namespace ReportLens {

class LibraryDocument;

/// A user's decision about an extracted figure: a correction (value, period, kind; the caller marks
/// it edited) or marking it wrong, and back.
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
