#include "addannotationcommand.h"

#include "librarydocument.h"

#include <QCoreApplication>

namespace ReportLens {

AddAnnotationCommand::AddAnnotationCommand(LibraryDocument *document, const Annotation &annotation)
    : m_document(document)
    , m_annotation(annotation)
{
    setText(QCoreApplication::translate("ReportLens::Commands", "Highlight"));
}

void AddAnnotationCommand::redo()
{
    const qint64 id = m_document->insertAnnotation(m_annotation);
    if (id > 0)
        m_annotation.id = id; // redo after undo restores the same row
    else
        setObsolete(true);
}

void AddAnnotationCommand::undo()
{
    m_document->removeAnnotation(m_annotation.id);
}

} // namespace ReportLens
