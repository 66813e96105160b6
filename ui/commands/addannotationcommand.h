#pragma once

#include "model/annotation.h"

#include <QUndoCommand>

namespace ReportLens {

class LibraryDocument;

/// Adds a highlight; undo deletes it, redo restores it with the same id.
class AddAnnotationCommand : public QUndoCommand
{
public:
    AddAnnotationCommand(LibraryDocument *document, const Annotation &annotation);
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return m_annotation.id; }

private:
    LibraryDocument *m_document;
    Annotation m_annotation;
};

} // namespace ReportLens
