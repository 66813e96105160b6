#include "annotationeditor.h"

#include "reader/readerview.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace ReportLens {

AnnotationEditor::AnnotationEditor(const Annotation &annotation, const QStringList &knownTags, QWidget *parent)
    : QDialog(parent)
    , m_annotation(annotation)
    , m_color(new QComboBox)
    , m_note(new QPlainTextEdit(annotation.note))
    , m_tags(new QLineEdit(annotation.tags.join(QStringLiteral(", "))))
{
    setWindowTitle(tr("Edit Annotation"));
    auto *quote = new QLabel(annotation.anchor.quote.left(300));
    quote->setWordWrap(true);
    quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (int i = 0; i < Annotation::ColorCount; ++i) {
        QColor c = ReaderView::highlightColor(i);
        c.setAlpha(255);
        QPixmap swatch(16, 16);
        swatch.fill(c);
        m_color->addItem(QIcon(swatch), tr("Colour %1").arg(i + 1));
    }
    m_color->setCurrentIndex(annotation.color);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. 就业, 财政"));
    m_tags->setCompleter(new QCompleter(knownTags, m_tags));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Passage:"), quote);
    form->addRow(tr("Colour:"), m_color);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(buttons);
    resize(520, 360);
}

Annotation AnnotationEditor::result() const
{
    Annotation a = m_annotation;
    a.color = m_color->currentIndex();
    a.note = m_note->toPlainText();
    a.tags.clear();
    for (const QString &tag : m_tags->text().split(QRegularExpression(QStringLiteral("[,，;；]")), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty() && !a.tags.contains(tag.trimmed()))
            a.tags.append(tag.trimmed());
    return a;
}

} // namespace ReportLens
