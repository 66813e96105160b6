#pragma once

#include "model/annotation.h"

#include <QUndoCommand>

namespace ReportLens {

class DocumentEditor;

/// Adds a highlight; undo deletes it, redo puts it back with the same id (steps above it refer to it).
class AddAnnotationCommand : public QUndoCommand
{
public:
    AddAnnotationCommand(DocumentEditor *editor, const Annotation &annotation);
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return m_annotation.id; }

private:
    DocumentEditor *m_editor;
    Annotation m_annotation;
};

} // namespace ReportLens
