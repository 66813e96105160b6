#pragma once

#include "model/annotation.h"

#include <QUndoCommand>

namespace ReportLens {

class LibraryDocument;

/// Changes an annotation's colour, note or tags. Successive edits of the same annotation's note
/// merge into one step, so undo does not go back one keystroke at a time.
class EditAnnotationCommand : public QUndoCommand
{
public:
    EditAnnotationCommand(LibraryDocument *document, const Annotation &before, const Annotation &after);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    LibraryDocument *m_document;
    Annotation m_before;
    Annotation m_after;
};

} // namespace ReportLens
