#include "changeannotationcommand_p.h"

#include "document/documenteditor_p.h"

#include <QCoreApplication>

namespace ReportLens {

ChangeAnnotationCommand::ChangeAnnotationCommand(DocumentEditor *editor, const Annotation &edited, Fields fields)
    : m_editor(editor)
    , m_fields(fields)
    , m_after(edited)
{
    const char *text = fields == Field::Note ? QT_TRANSLATE_NOOP("ReportLens::Commands", "Edit Note")
        : fields == Field::Color             ? QT_TRANSLATE_NOOP("ReportLens::Commands", "Change Highlight Colour")
        : fields == Field::Tags              ? QT_TRANSLATE_NOOP("ReportLens::Commands", "Tag Annotation")
                                             : QT_TRANSLATE_NOOP("ReportLens::Commands", "Edit Annotation");
    setText(QCoreApplication::translate("ReportLens::Commands", text));
}

bool ChangeAnnotationCommand::apply(const Annotation &values, int revision, Annotation *replaced)
{
    std::optional<Annotation> current = m_editor->annotation(values.id);
    if (!current)
        return false;
    *replaced = *current;
    if (revision > 0)
        current->revision = revision; // the store refuses the write if another came in between
    if (m_fields.testFlag(Field::Color))
        current->color = values.color;
    if (m_fields.testFlag(Field::Note))
        current->note = values.note;
    if (m_fields.testFlag(Field::Tags))
        current->tags = values.tags;
    return m_editor->updateAnnotation(*current);
}

// The first run is made from the revision the user saw (the dialog, the list); undo and redo from
// the one this document last wrote, so that they never undo someone else's edit made since.
void ChangeAnnotationCommand::redo()
{
    const int revision = m_applied ? m_editor->writtenRevision(m_after.id) : m_after.revision;
    if (!apply(m_after, revision, &m_before)) {
        if (!m_applied)
            setObsolete(true);
        return;
    }
    m_applied = true;
}

void ChangeAnnotationCommand::undo()
{
    Annotation replaced;
    apply(m_before, m_editor->writtenRevision(m_before.id), &replaced);
}

} // namespace ReportLens
