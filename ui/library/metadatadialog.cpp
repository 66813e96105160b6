#include "metadatadialog.h"

#include "librarymodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace ReportLens {

MetadataDialog::MetadataDialog(const Report &report, QWidget *parent)
    : QDialog(parent)
    , m_meta(report.meta)
    , m_title(new QLineEdit(report.meta.title.value))
    , m_region(new QLineEdit(report.meta.region.value))
    , m_level(new QComboBox)
    , m_year(new QSpinBox)
    , m_date(new QDateEdit)
    , m_speaker(new QLineEdit(report.meta.speaker.value))
    , m_role(new QLineEdit(report.meta.speakerRole.value))
{
    const ReportMetadata &meta = report.meta;
    setWindowTitle(tr("Report Details"));
    for (AdminLevel level : {AdminLevel::Unknown, AdminLevel::National, AdminLevel::Province, AdminLevel::City,
                             AdminLevel::District, AdminLevel::County})
        m_level->addItem(level == AdminLevel::Unknown ? tr("Unknown") : LibraryModel::levelDisplayName(level),
                         int(level));
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
    const QString script =
        report.script == QStringLiteral("traditional") ? tr("Traditional characters") : tr("Simplified characters");
    // The encoding says something only for text (a PDF's or a Word file's "encoding" is its format).
    QStringList source{report.format.toUpper()};
    if (report.encoding.compare(report.format, Qt::CaseInsensitive) != 0)
        source.append(report.encoding);
    source.append(script);
    form->addRow(tr("Source:"), new QLabel(source.join(QStringLiteral(" · "))));
    QStringList repairs;
    for (const ImportRepair &repair : report.repairs)
        repairs.append(repairText(repair));
    auto *repaired =
        new QLabel(repairs.isEmpty() ? tr("Nothing: the file read cleanly as it was.") : repairs.join(u'\n'));
    repaired->setWordWrap(true);
    form->addRow(tr("Import repaired:"), repaired);
    form->addRow(buttons);
    resize(460, height());
}

QString MetadataDialog::repairText(const ImportRepair &repair)
{
    if (repair.kind == QStringLiteral("reflow"))
        return tr("%n line break(s) of the page layout or a fixed width joined", "", repair.count);
    if (repair.kind == QStringLiteral("page-furniture"))
        return tr("%n running header(s), footer(s) and page number(s) removed", "", repair.count);
    if (repair.kind == QStringLiteral("columns"))
        return tr("%n page(s) set in columns read column by column", "", repair.count);
    if (repair.kind == QStringLiteral("paragraphs"))
        return tr("Paragraphs recovered from a text without line breaks (%n paragraph(s))", "", repair.count);
    if (repair.kind == QStringLiteral("traditional"))
        return tr("Written in Traditional characters: details, outline, figures and search read a Simplified folding");
    if (repair.kind == QStringLiteral("converted"))
        return tr("Converted with LibreOffice (%1)").arg(repair.detail);
    return repair.detail;
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
