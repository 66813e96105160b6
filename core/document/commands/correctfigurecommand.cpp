#include "correctfigurecommand_p.h"

#include "document/documenteditor_p.h"

#include <QCoreApplication>

namespace ReportLens {

CorrectFigureCommand::CorrectFigureCommand(DocumentEditor *editor, qint64 figureId, const Indicator &after,
                                           bool rejecting)
    : m_editor(editor)
    , m_figureId(figureId)
    , m_after(after)
{
    if (rejecting)
        setText(after.rejected ? QCoreApplication::translate("ReportLens::Commands", "Mark Figure Wrong")
                               : QCoreApplication::translate("ReportLens::Commands", "Restore Figure"));
    else
        setText(QCoreApplication::translate("ReportLens::Commands", "Correct Indicator"));
}

void CorrectFigureCommand::redo()
{
    const std::optional<IndicatorRow> stored = m_editor->figure(m_figureId);
    if (!stored) {
        setObsolete(true);
        return;
    }
    IndicatorRow after = *stored;
    after.indicator = m_after;
    if (!m_editor->setFigure(after)) {
        setObsolete(true);
        return;
    }
    m_before = *stored;
}

void CorrectFigureCommand::undo()
{
    m_editor->setFigure(m_before);
}

} // namespace ReportLens
