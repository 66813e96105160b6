#include "removeannotationcommand_p.h"

#include "document/documenteditor_p.h"

#include <QCoreApplication>

namespace ReportLens {

RemoveAnnotationCommand::RemoveAnnotationCommand(DocumentEditor *editor, const QList<qint64> &ids)
    : m_editor(editor)
    , m_ids(ids)
{
    setText(QCoreApplication::translate("ReportLens::Commands", "Delete %n Annotation(s)", nullptr, int(ids.size())));
}

void RemoveAnnotationCommand::redo()
{
    if (!m_editor->removeAnnotations(m_ids, &m_removed))
        setObsolete(true);
}

void RemoveAnnotationCommand::undo()
{
    m_editor->restoreAnnotations(m_removed);
}

} // namespace ReportLens
