#include "setmetadatacommand_p.h"

#include "document/documenteditor_p.h"

#include <QCoreApplication>

namespace ReportLens {

SetMetadataCommand::SetMetadataCommand(DocumentEditor *editor, qint64 reportId, const ReportMetadata &after)
    : m_editor(editor)
    , m_reportId(reportId)
    , m_after(after)
{
    setText(QCoreApplication::translate("ReportLens::Commands", "Edit Metadata"));
}

void SetMetadataCommand::redo()
{
    const std::optional<ReportMetadata> stored = m_editor->metadata(m_reportId);
    if (!stored || !m_editor->setMetadata(m_reportId, m_after)) {
        setObsolete(true);
        return;
    }
    m_before = *stored;
}

void SetMetadataCommand::undo()
{
    m_editor->setMetadata(m_reportId, m_before);
}

} // namespace ReportLens
