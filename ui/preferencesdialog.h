#pragma once

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace ReportLens {

/// Preferences: interface language (system, 中文, English), the reading font and its size, and
/// light or dark colours (or the system's).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

    /// Applies the colour choice to the application: the system's palette, or Fusion's light or
    /// dark one (at start, and when the preferences change).
    static void applyColorScheme();

private:
    QComboBox *m_language;
    QFontComboBox *m_font;
    QSpinBox *m_size;
    QComboBox *m_colors;
};

} // namespace ReportLens
