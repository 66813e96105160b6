#pragma once

#include <QByteArray>
#include <QString>

namespace ReportLens {

/// The text of a Word document's main part (word/document.xml), as a report reads: one paragraph
/// per line, list labels in front ("一、" when Word numbers the headings), tables one row per line
/// with the cells separated by tabs (a row whose cells hold several paragraphs: one line per
/// paragraph). Deleted text of tracked changes, field codes, hidden text, footnote references,
/// drawings and text boxes, and generated tables of contents are left out; empty paragraphs too.
class DocxText
{
public:
    /// @p numberingXml and @p stylesXml (word/numbering.xml, word/styles.xml) may be empty. Returns
    /// false with @p error set when the XML is not well-formed.
    static bool read(const QByteArray &documentXml, const QByteArray &numberingXml, const QByteArray &stylesXml,
                     QString *text, QString *error);
};

} // namespace ReportLens
