#pragma once

#include <QByteArray>
#include <QString>

namespace ReportLens {

/// Converts documents ReportLens does not read itself (Word 97–2003 .doc, WPS Office .wps, RTF) to
/// .docx with LibreOffice, headless, in a temporary folder that is removed afterwards.
///
/// The LibreOffice program is $REPORTLENS_SOFFICE when that variable is set (a program name looked
/// up on PATH, or a path; one that does not exist means "LibreOffice is not installed", which is
/// how tests simulate a machine without it), otherwise `soffice` or `libreoffice` on PATH.
class OfficeConverter
{
public:
    /// A conversion still running after this long is killed (LibreOffice's first start with a new
    /// profile takes a few seconds; a report converts in well under a minute).
    static constexpr int TimeoutSeconds = 120;

    /// The LibreOffice program to run, or an empty string when there is none.
    static QString program();

    /// @p bytes converted to .docx. @p suffix ("doc", "wps", "rtf") names the input file, which
    /// LibreOffice's type detection looks at. On failure returns an empty array and sets @p error
    /// to why, for a person to read ("did not finish within 120 s"); it never names the file.
    static QByteArray toDocx(const QByteArray &bytes, const QString &suffix, QString *error);
};

} // namespace ReportLens
