#include "addannotationcommand_p.h"

#include "document/documenteditor_p.h"

#include <QCoreApplication>

namespace ReportLens {

AddAnnotationCommand::AddAnnotationCommand(DocumentEditor *editor, const Annotation &annotation)
    : m_editor(editor)
    , m_annotation(annotation)
{
    setText(QCoreApplication::translate("ReportLens::Commands", "Highlight"));
}

void AddAnnotationCommand::redo()
{
    const qint64 id = m_editor->insertAnnotation(m_annotation);
    if (id == 0) {
        setObsolete(true);
        return;
    }
    m_annotation.id = id;
}

void AddAnnotationCommand::undo()
{
    // Whatever was done to the highlight since is above this step and already undone; what is
    // stored now is what redo() made, and comes back as it is.
    if (const std::optional<Annotation> stored = m_editor->annotation(m_annotation.id))
        m_annotation = *stored;
    QList<Annotation> removed;
    m_editor->removeAnnotations({m_annotation.id}, &removed);
}

} // namespace ReportLens
