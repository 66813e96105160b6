#pragma once

#include "model/annotation.h"

#include <QUndoCommand>

namespace ReportLens {

class DocumentEditor;

/// Changes some of an annotation's colour, note and tags, in the manner of Tiled's ChangeValue: the
/// value it replaces is read when the step runs, so it never puts back an anchor or field that
/// something else (a re-import) changed since. Each edit is its own step: a note is edited in a
/// dialog, and two accepted dialogs are two decisions, never merged into one.
class ChangeAnnotationCommand : public QUndoCommand
{
public:
    enum class Field { Color = 0x1, Note = 0x2, Tags = 0x4 };
    Q_DECLARE_FLAGS(Fields, Field)

    /// Sets @p fields of annotation @p edited.id to the values in @p edited, made from the stored
    /// revision @p edited.revision (0: whichever is stored). A step made from an older revision
    /// than the stored one is refused (the editor then holds the conflict), and so is an undo or
    /// redo after the annotation was changed elsewhere: nobody's edit is silently overwritten.
    ChangeAnnotationCommand(DocumentEditor *editor, const Annotation &edited, Fields fields);
    void redo() override;
    void undo() override;

private:
    /// Writes @p fields of @p values over the stored annotation if it is still at @p revision
    /// (0: whichever); @p replaced receives what they were.
    bool apply(const Annotation &values, int revision, Annotation *replaced);

    DocumentEditor *m_editor;
    Fields m_fields;
    Annotation m_after;
    Annotation m_before;
    bool m_applied = false; ///< The first redo ran: later ones expect what this document last wrote.
};

} // namespace ReportLens

Q_DECLARE_OPERATORS_FOR_FLAGS(ReportLens::ChangeAnnotationCommand::Fields)
