#include "replacereportcommand_p.h"

#include "document/documenteditor_p.h"

#include <QCoreApplication>

namespace ReportLens {

namespace {
constexpr Document::Changes everything =
    Document::Change::Text | Document::Change::Metadata | Document::Change::Figures | Document::Change::Annotations;
}

ReplaceReportCommand::ReplaceReportCommand(DocumentEditor *editor, qint64 reportId)
    : m_editor(editor)
    , m_reportId(reportId)
    , m_deletes(true)
{
    setText(QCoreApplication::translate("ReportLens::Commands", "Delete Report"));
}

ReplaceReportCommand::ReplaceReportCommand(DocumentEditor *editor, qint64 reportId, Report fresh)
    : m_editor(editor)
    , m_reportId(reportId)
    , m_fresh(std::move(fresh))
    , m_deletes(false)
{
    setText(QCoreApplication::translate("ReportLens::Commands", "Reload Report from File"));
}

void ReplaceReportCommand::redo()
{
    if (!m_before) {
        m_before = m_editor->snapshot(m_reportId);
        if (!m_before) {
            setObsolete(true);
            return;
        }
    }
    if (m_deletes) {
        if (!m_editor->removeReport(m_reportId))
            setObsolete(true);
        return;
    }
    if (m_after) {
        m_editor->restore(*m_after, everything);
        return;
    }
    if (!m_editor->replaceReport(m_reportId, std::move(*m_fresh), &m_needsReview)) {
        setObsolete(true);
        return;
    }
    m_fresh.reset();
    m_after = m_editor->snapshot(m_reportId);
    // Without the rows as the re-import left them a redo could not put them back: the re-import
    // stays, but not as an undo step.
    if (!m_after)
        setObsolete(true);
}

void ReplaceReportCommand::undo()
{
    if (m_before)
        m_editor->restore(*m_before, m_deletes ? Document::Changes(Document::Change::Added) : everything);
}

} // namespace ReportLens
