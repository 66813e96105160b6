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

bool ChangeAnnotationCommand::apply(const Annotation &values, Annotation *replaced)
{
    std::optional<Annotation> current = m_editor->annotation(values.id);
    if (!current)
        return false;
    *replaced = *current;
    if (m_fields.testFlag(Field::Color))
        current->color = values.color;
    if (m_fields.testFlag(Field::Note))
        current->note = values.note;
    if (m_fields.testFlag(Field::Tags))
        current->tags = values.tags;
    return m_editor->updateAnnotation(*current);
}

void ChangeAnnotationCommand::redo()
{
    if (!apply(m_after, &m_before))
        setObsolete(true);
}

void ChangeAnnotationCommand::undo()
{
    Annotation replaced;
    apply(m_before, &replaced);
}

} // namespace ReportLens
