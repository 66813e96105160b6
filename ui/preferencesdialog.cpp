#include "preferencesdialog.h"

#include "settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>

namespace ReportLens {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_font(new QFontComboBox)
    , m_size(new QSpinBox)
    , m_colors(new QComboBox)
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::language.value())));
    // Fonts that can show the reports.
    m_font->setWritingSystem(QFontDatabase::SimplifiedChinese);
    m_font->setCurrentFont(QFont(Settings::readingFont.value()));
    m_size->setRange(8, 36);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(Settings::readingPointSize.value());
    m_colors->addItem(tr("Follow the system"), QString());
    m_colors->addItem(tr("Light"), QStringLiteral("light"));
    m_colors->addItem(tr("Dark"), QStringLiteral("dark"));
    m_colors->setCurrentIndex(std::max(0, m_colors->findData(Settings::colorScheme.value())));
    auto *note = new QLabel(tr("A new language takes effect when ReportLens starts again."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Reading font:"), m_font);
    form->addRow(tr("Text size:"), m_size);
    form->addRow(tr("Colours:"), m_colors);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    Settings::language.setValue(m_language->currentData().toString());
    Settings::readingFont.setValue(m_font->currentFont().family());
    Settings::readingPointSize.setValue(m_size->value());
    Settings::colorScheme.setValue(m_colors->currentData().toString());
    applyColorScheme();
    QDialog::accept();
}

void PreferencesDialog::applyColorScheme()
{
    // What the system gave the application, to go back to.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    const QString scheme = Settings::colorScheme.value();
    if (scheme.isEmpty()) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = QApplication::style()->standardPalette();
    if (scheme == QStringLiteral("dark")) {
        const QColor window(45, 45, 48), base(30, 30, 32), text(225, 225, 225), disabled(127, 127, 127);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::ToolTipBase, window);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::PlaceholderText, disabled);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::BrightText, Qt::red);
        palette.setColor(QPalette::Link, QColor(90, 160, 255));
        palette.setColor(QPalette::Highlight, QColor(42, 110, 200));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, disabled);
    }
    QApplication::setPalette(palette);
}

} // namespace ReportLens
