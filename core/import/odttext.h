#pragma once

#include <QByteArray>
#include <QString>

namespace ReportLens {

/// The text of an OpenDocument text's content.xml, as a report reads: one paragraph or heading per
/// line, tables as in DocxText (OfficeTable), spaces as ODF defines them (runs of white space in
/// the XML are one space; text:s, text:tab and text:line-break are the written ones). Notes,
/// annotations, tracked deletions, frames (images, text boxes) and generated indexes (tables of
/// contents) are left out; empty paragraphs too. Labels of automatically numbered lists are drawn
/// from list styles and are not in content.xml, so they are not in the text either.
class OdtText
{
public:
    /// Returns false with @p error set when the XML is not well-formed or has no office:text body.
    static bool read(const QByteArray &contentXml, QString *text, QString *error);
};

} // namespace ReportLens
