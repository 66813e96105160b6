#include "removeannotationcommand.h"

#include "librarydocument.h"

#include <QCoreApplication>

namespace ReportLens {

RemoveAnnotationCommand::RemoveAnnotationCommand(LibraryDocument *document, const Annotation &annotation)
    : m_document(document)
    , m_annotation(annotation)
{
    setText(QCoreApplication::translate("ReportLens::Commands", "Delete Annotation"));
}

void RemoveAnnotationCommand::redo()
{
    m_document->removeAnnotation(m_annotation.id);
}

void RemoveAnnotationCommand::undo()
{
    m_document->insertAnnotation(m_annotation);
}

} // namespace ReportLens
