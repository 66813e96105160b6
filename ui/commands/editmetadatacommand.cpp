#include "editmetadatacommand.h"

#include "librarydocument.h"

#include <QCoreApplication>

namespace ReportLens {

EditMetadataCommand::EditMetadataCommand(LibraryDocument *document, qint64 reportId, const ReportMetadata &before,
                                         const ReportMetadata &after)
    : m_document(document)
    , m_reportId(reportId)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("ReportLens::Commands", "Edit Report Details"));
}

void EditMetadataCommand::redo()
{
    m_document->setMetadata(m_reportId, m_after);
}

void EditMetadataCommand::undo()
{
    m_document->setMetadata(m_reportId, m_before);
}

} // namespace ReportLens
