#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace ReportLens {

/// Preferences: interface language (system, 中文, English) and the reader's text size.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
    QSpinBox *m_zoom;
};

} // namespace ReportLens
