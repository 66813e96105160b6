#pragma once

#include "model/annotation.h"

#include <QUndoCommand>

namespace ReportLens {

class DocumentEditor;

/// Deletes annotations (one or several, as one step); undo brings them back with their ids, notes
/// and tags. What is deleted is read when the step runs, not when it was made.
class RemoveAnnotationCommand : public QUndoCommand
{
public:
    RemoveAnnotationCommand(DocumentEditor *editor, const QList<qint64> &ids);
    void redo() override;
    void undo() override;

private:
    DocumentEditor *m_editor;
    QList<qint64> m_ids;
    QList<Annotation> m_removed;
};

} // namespace ReportLens
