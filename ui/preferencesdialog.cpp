#include "preferencesdialog.h"

#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace ReportLens {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_zoom(new QSpinBox)
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::language.value())));
    m_zoom->setRange(-6, 12);
    m_zoom->setSuffix(tr(" steps of 10%"));
    m_zoom->setValue(Settings::readerZoom.value());
    auto *note = new QLabel(tr("A new language takes effect when ReportLens starts again."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Reader text size:"), m_zoom);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    Settings::language.setValue(m_language->currentData().toString());
    Settings::readerZoom.setValue(m_zoom->value());
    QDialog::accept();
}

} // namespace ReportLens
