#include "metadatadialog.h"

#include "librarymodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace ReportLens {

MetadataDialog::MetadataDialog(const ReportMetadata &meta, QWidget *parent)
    : QDialog(parent)
    , m_meta(meta)
    , m_title(new QLineEdit(meta.title.value))
    , m_region(new QLineEdit(meta.region.value))
    , m_level(new QComboBox)
    , m_year(new QSpinBox)
    , m_date(new QDateEdit)
    , m_speaker(new QLineEdit(meta.speaker.value))
    , m_role(new QLineEdit(meta.speakerRole.value))
{
    setWindowTitle(tr("Report Details"));
    for (AdminLevel level : {AdminLevel::Unknown, AdminLevel::National, AdminLevel::Province, AdminLevel::City,
                             AdminLevel::District, AdminLevel::County})
        m_level->addItem(level == AdminLevel::Unknown ? tr("Unknown") : LibraryModel::levelDisplayName(level), int(level));
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(meta.level.value))));
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("Unknown"));
    m_year->setValue(meta.year.isSet() ? meta.year.value : 0);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(QDate(1949, 1, 1));
    m_date->setSpecialValueText(tr("Unknown"));
    m_date->setDate(meta.meetingDate.isSet() ? meta.meetingDate.value : m_date->minimumDate());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Meeting date:"), m_date);
    form->addRow(tr("Speaker:"), m_speaker);
    form->addRow(tr("Role:"), m_role);
    form->addRow(buttons);
    resize(460, height());
}

ReportMetadata MetadataDialog::result() const
{
    ReportMetadata m = m_meta;
    auto edit = [](auto &field, const auto &value, bool present) {
        if (field.value == value && (field.isSet() == present))
            return;
        field.value = value;
        field.source = present ? FieldSource::Edited : FieldSource::None;
    };
    edit(m.title, m_title->text().trimmed(), !m_title->text().trimmed().isEmpty());
    edit(m.region, m_region->text().trimmed(), !m_region->text().trimmed().isEmpty());
    const auto level = AdminLevel(m_level->currentData().toInt());
    edit(m.level, level, level != AdminLevel::Unknown);
    edit(m.year, m_year->value(), m_year->value() > 0);
    const bool hasDate = m_date->date() != m_date->minimumDate();
    edit(m.meetingDate, hasDate ? m_date->date() : QDate(), hasDate);
    edit(m.speaker, m_speaker->text().trimmed(), !m_speaker->text().trimmed().isEmpty());
    edit(m.speakerRole, m_role->text().trimmed(), !m_role->text().trimmed().isEmpty());
    return m;
}

} // namespace ReportLens
