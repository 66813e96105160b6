#pragma once

#include "model/annotation.h"

#include <QUndoCommand>

namespace ReportLens {

class LibraryDocument;

/// Deletes an annotation; undo brings it back with its id, note and tags.
class RemoveAnnotationCommand : public QUndoCommand
{
public:
    RemoveAnnotationCommand(LibraryDocument *document, const Annotation &annotation);
    void redo() override;
    void undo() override;

private:
    LibraryDocument *m_document;
    Annotation m_annotation;
};

} // namespace ReportLens
