#pragma once

#include "document/document.h"

#include <QDialog>

namespace ReportLens {

/// Shown when an edit of an annotation was refused because it had been changed elsewhere
/// meanwhile (another window, or the same member on another computer): both versions side by
/// side, and the choice to keep one or both. Nothing is overwritten until the user chooses.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const AnnotationConflict &conflict, QWidget *parent = nullptr);
    Document::Resolution resolution() const { return m_resolution; }

private:
    Document::Resolution m_resolution = Document::Resolution::KeepTheirs;
};

} // namespace ReportLens
