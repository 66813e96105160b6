#pragma once

#include "decodedtext.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ReportLens {

/// Reads word-processing documents: Word (.docx) and OpenDocument (.odt) natively, from the zip
/// package in memory (DocxText, OdtText); Word 97–2003 (.doc), WPS Office (.wps) and RTF by
/// converting them to .docx with LibreOffice first (OfficeConverter: that needs LibreOffice and a
/// temporary folder; see there for $REPORTLENS_SOFFICE), recorded as an ImportRepair "converted".
///
/// Every other zip or compound file (spreadsheets, presentations, archives) is refused with what
/// it is, as are damaged or truncated packages, password-protected documents and packages whose
/// text would unpack to more than MaxPartSize.
class OfficeReader
{
public:
    enum class Format {
        Docx, ///< Office Open XML text (.docx, .docm, .dotx): a zip with word/document.xml
        Odt, ///< OpenDocument text (.odt, .ott): a zip whose mimetype is …opendocument.text
        Doc, ///< Word 97–2003: an OLE compound file with a WordDocument stream
        Wps, ///< WPS Office (Kingsoft) or Microsoft Works: a compound file named .wps
        Rtf, ///< Rich Text Format: starts with {\rtf
        Other, ///< Another zip or compound file, or a password-protected Office document: refused
    };

    /// The XML of a document part is read up to this size; a real report's is a few MB, so more
    /// means a damaged file or a zip bomb.
    static constexpr qsizetype MaxPartSize = 64 * 1024 * 1024;

    /// Which office format @p bytes are, from their first bytes and what the package holds, with
    /// the suffix of @p fileName deciding only where the content cannot (a .docx that is not even
    /// a zip is a damaged .docx). std::nullopt for files that are none of these (text, HTML, PDF,
    /// and a .doc that is in fact a web page or plain text, as some sites serve them).
    static std::optional<Format> detect(const QByteArray &bytes, const QString &fileName);

    /// The report text of @p bytes, a file named @p fileName (its suffix as for detect()).
    static DecodeResult read(const QByteArray &bytes, const QString &fileName);

    /// "docx", "odt", "doc", "wps", "rtf" (Report::format); "office" for Other.
    static QString formatName(Format format);
};

} // namespace ReportLens
