#pragma once

#include "model/report.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace ReportLens {

/// Corrects a report's title, region, level, year, date, speaker and role. Changed fields are
/// marked edited, so re-detection never overwrites them. Also shows, read-only, what the file was
/// and what the import had to repair in it.
class MetadataDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MetadataDialog(const Report &report, QWidget *parent = nullptr);

    /// The metadata with the user's changes (changed fields marked FieldSource::Edited).
    ReportMetadata result() const;

    /// One line, in the interface language, for what the import repaired.
    static QString repairText(const ImportRepair &repair);

private:
    ReportMetadata m_meta;
    QLineEdit *m_title;
    QLineEdit *m_region;
    QComboBox *m_level;
    QSpinBox *m_year;
    QDateEdit *m_date;
    QLineEdit *m_speaker;
    QLineEdit *m_role;
};

} // namespace ReportLens
