#include "editannotationcommand.h"

#include "librarydocument.h"

#include <QCoreApplication>

namespace ReportLens {

namespace {
constexpr int EditAnnotationId = 1001;
}

EditAnnotationCommand::EditAnnotationCommand(LibraryDocument *document, const Annotation &before, const Annotation &after)
    : m_document(document)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("ReportLens::Commands", "Edit Annotation"));
}

void EditAnnotationCommand::redo()
{
    m_document->updateAnnotation(m_after);
}

void EditAnnotationCommand::undo()
{
    m_document->updateAnnotation(m_before);
}

int EditAnnotationCommand::id() const
{
    return EditAnnotationId;
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditAnnotationCommand *>(other);
    // Only note typing merges; a colour or tag change stays its own step.
    if (edit->m_after.id != m_after.id || edit->m_after.color != m_after.color || edit->m_after.tags != m_after.tags)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace ReportLens
