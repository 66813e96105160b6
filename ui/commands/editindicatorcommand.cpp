#include "editindicatorcommand.h"

#include "librarydocument.h"

#include <QCoreApplication>

namespace ReportLens {

EditIndicatorCommand::EditIndicatorCommand(LibraryDocument *document, qint64 rowId, qint64 reportId,
                                           const Indicator &before, const Indicator &after)
    : m_document(document)
    , m_rowId(rowId)
    , m_reportId(reportId)
    , m_before(before)
    , m_after(after)
{
    if (after.rejected != before.rejected)
        setText(after.rejected ? QCoreApplication::translate("ReportLens::Commands", "Mark Figure Wrong")
                               : QCoreApplication::translate("ReportLens::Commands", "Restore Figure"));
    else
        setText(QCoreApplication::translate("ReportLens::Commands", "Correct Indicator"));
}

void EditIndicatorCommand::redo()
{
    m_document->setIndicator(m_rowId, m_reportId, m_after);
}

void EditIndicatorCommand::undo()
{
    m_document->setIndicator(m_rowId, m_reportId, m_before);
}

} // namespace ReportLens
