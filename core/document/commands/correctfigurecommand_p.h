#pragma once

#include "store/indicatorstore.h"

#include <QUndoCommand>

namespace ReportLens {

class DocumentEditor;

/// A user's decision about an extracted figure: a correction (value, period, kind; marked edited)
/// or marking it wrong, and back. The figure it replaces is read when the step runs.
class CorrectFigureCommand : public QUndoCommand
{
public:
    CorrectFigureCommand(DocumentEditor *editor, qint64 figureId, const Indicator &after, bool rejecting);
    void redo() override;
    void undo() override;

private:
    DocumentEditor *m_editor;
    qint64 m_figureId;
    Indicator m_after;
    IndicatorRow m_before;
};

} // namespace ReportLens
