#pragma once

#include "model/annotation.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace ReportLens {

/// Edits an annotation's colour, note and tags.
class AnnotationEditor : public QDialog
{
    Q_OBJECT
public:
    AnnotationEditor(const Annotation &annotation, const QStringList &knownTags, QWidget *parent = nullptr);

    /// The annotation as edited.
    Annotation result() const;

private:
    Annotation m_annotation;
    QComboBox *m_color;
    QPlainTextEdit *m_note;
    QLineEdit *m_tags;
};

} // namespace ReportLens
