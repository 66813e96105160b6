#include "docxtext.h"

#include "docxnumbering.h"
#include "officetable.h"

#include <QXmlStreamReader>

namespace ReportLens {

namespace {

bool isWordNamespace(QStringView uri)
{
    return uri == QLatin1String("http://schemas.openxmlformats.org/wordprocessingml/2006/main")
        || uri == QLatin1String("http://purl.oclc.org/ooxml/wordprocessingml/main"); // Strict OOXML
}

QString attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.name() == name)
            return a.value().toString();
    return {};
}

/// Walks document.xml with one QXmlStreamReader. Each read… function starts on an element's start
/// tag and returns on its end tag.
class Walker
{
public:
    Walker(const QByteArray &document, DocxNumbering &numbering)
        : m_xml(document)
        , m_numbering(numbering)
    { }

    bool run(QString *text, QString *error)
    {
        QStringList lines;
        // Only the root element is read at the top level: reading on after it is an error.
        if (m_xml.readNextStartElement() && isW(u"document")) {
            while (m_xml.readNextStartElement()) {
                if (isW(u"body"))
                    readBlocks(lines);
                else
                    m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError()) {
            *error = QStringLiteral("%1 (line %2)").arg(m_xml.errorString()).arg(m_xml.lineNumber());
            return false;
        }
        *text = lines.join(u'\n');
        return true;
    }

private:
    bool isW(QStringView localName) const { return m_xml.name() == localName && isWordNamespace(m_xml.namespaceUri()); }

    // Block-level content: the body, a table cell, a content control.
    void readBlocks(QStringList &lines)
    {
        while (m_xml.readNextStartElement()) {
            if (isW(u"p")) {
                const QString paragraph = readParagraph();
                if (!paragraph.trimmed().isEmpty())
                    lines.append(paragraph);
            } else if (isW(u"tbl")) {
                lines += readTable();
            } else if (isW(u"sdt")) {
                readContentControl([&] { readBlocks(lines); });
            } else if (isW(u"customXml") || isW(u"ins") || isW(u"moveTo")) {
                readBlocks(lines);
            } else {
                m_xml.skipCurrentElement(); // sectPr, bookmarks, w:del/w:moveFrom, altChunk
            }
        }
    }

    // w:sdt: its properties, then its content, unless it is a generated table of contents, whose
    // lines would repeat the headings (with page numbers) before the report starts.
    template<typename ReadContent>
    void readContentControl(ReadContent readContent)
    {
        bool tableOfContents = false;
        while (m_xml.readNextStartElement()) {
            if (isW(u"sdtPr")) {
                while (!m_xml.atEnd() && !(m_xml.isEndElement() && isW(u"sdtPr"))) {
                    m_xml.readNext();
                    if (m_xml.isStartElement() && isW(u"docPartGallery"))
                        tableOfContents =
                            attribute(m_xml, QLatin1String("val")).startsWith(QLatin1String("Table of Contents"));
                }
            } else if (isW(u"sdtContent") && !tableOfContents) {
                readContent();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    QString readParagraph()
    {
        QString text;
        QString styleId;
        std::optional<int> numId, level;
        while (m_xml.readNextStartElement()) {
            if (isW(u"pPr"))
                readParagraphProperties(&styleId, &numId, &level);
            else
                readInline(text);
        }
        // Every paragraph is counted (an empty list item still takes its number); one without
        // w:numPr can be numbered by its style.
        return m_numbering.next(styleId, numId, level) + text;
    }

    void readParagraphProperties(QString *styleId, std::optional<int> *numId, std::optional<int> *level)
    {
        while (m_xml.readNextStartElement()) {
            if (isW(u"pStyle")) {
                *styleId = attribute(m_xml, QLatin1String("val"));
                m_xml.skipCurrentElement();
            } else if (isW(u"numPr")) {
                while (m_xml.readNextStartElement()) {
                    bool ok = false;
                    const int value = attribute(m_xml, QLatin1String("val")).toInt(&ok);
                    if (ok && isW(u"numId"))
                        *numId = value;
                    else if (ok && isW(u"ilvl"))
                        *level = value;
                    m_xml.skipCurrentElement();
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    // One element inside a paragraph (the current one), its text appended to @p out.
    void readInline(QString &out)
    {
        if (isW(u"r")) {
            readRun(out);
        } else if (isW(u"hyperlink") || isW(u"smartTag") || isW(u"customXml") || isW(u"ins") || isW(u"moveTo")
                   || isW(u"fldSimple") || isW(u"dir") || isW(u"bdo")) {
            while (m_xml.readNextStartElement())
                readInline(out);
        } else if (isW(u"sdt")) {
            readContentControl([&] {
                while (m_xml.readNextStartElement())
                    readInline(out);
            });
        } else {
            // w:del and w:moveFrom (text no longer there), bookmarks, proofing marks, comments,
            // math (m:oMath) and mc:AlternateContent (drawings)
            m_xml.skipCurrentElement();
        }
    }

    void readRun(QString &out)
    {
        QString text;
        bool hidden = false;
        while (m_xml.readNextStartElement()) {
            if (isW(u"rPr")) {
                while (m_xml.readNextStartElement()) {
                    if (isW(u"vanish")) { // hidden text: Word does not show or print it
                        const QString value = attribute(m_xml, QLatin1String("val"));
                        hidden = value != QLatin1String("false") && value != QLatin1String("0")
                            && value != QLatin1String("off");
                    }
                    m_xml.skipCurrentElement();
                }
            } else if (isW(u"t")) {
                text += m_xml.readElementText(QXmlStreamReader::SkipChildElements);
            } else if (isW(u"tab") || isW(u"ptab")) {
                text.append(u'\t');
                m_xml.skipCurrentElement();
            } else if (isW(u"br") || isW(u"cr")) {
                text.append(u'\n');
                m_xml.skipCurrentElement();
            } else if (isW(u"noBreakHyphen")) {
                text.append(u'-');
                m_xml.skipCurrentElement();
            } else if (isW(u"sym")) {
                // A character from a symbol font; those in the private use area (Wingdings bullets) have no meaning as text.
                bool ok = false;
                const uint code = attribute(m_xml, QLatin1String("char")).toUInt(&ok, 16);
                if (ok && code > 0 && code < 0xFFFF && !(code >= 0xE000 && code <= 0xF8FF))
                    text.append(QChar(char16_t(code)));
                m_xml.skipCurrentElement();
            } else if (isW(u"ruby")) {
                while (m_xml.readNextStartElement()) {
                    if (isW(u"rubyBase"))
                        while (m_xml.readNextStartElement())
                            readInline(text);
                    else
                        m_xml.skipCurrentElement(); // the pronunciation guide above the base text
                }
            } else {
                // w:delText, w:instrText (field codes: the result is in the runs that follow),
                // w:softHyphen, footnote and comment references, drawings, pictures, embedded objects
                m_xml.skipCurrentElement();
            }
        }
        if (!hidden)
            out += text;
    }

    QStringList readTable()
    {
        OfficeTable table;
        while (m_xml.readNextStartElement()) {
            if (isW(u"tr"))
                readRow(table);
            else if (isW(u"sdt"))
                readContentControl([&] { readRows(table); });
            else if (isW(u"customXml"))
                readRows(table);
            else
                m_xml.skipCurrentElement();
        }
        return table.lines();
    }

    void readRows(OfficeTable &table)
    {
        while (m_xml.readNextStartElement()) {
            if (isW(u"tr"))
                readRow(table);
            else
                m_xml.skipCurrentElement();
        }
    }

    void readRow(OfficeTable &table)
    {
        table.startRow();
        readCells(table);
    }

    void readCells(OfficeTable &table)
    {
        while (m_xml.readNextStartElement()) {
            if (isW(u"tc")) {
                QStringList cell;
                readBlocks(cell);
                table.addCell(cell);
            } else if (isW(u"sdt")) {
                readContentControl([&] { readCells(table); });
            } else if (isW(u"customXml")) {
                readCells(table);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    QXmlStreamReader m_xml;
    DocxNumbering &m_numbering;
};

} // namespace

bool DocxText::read(const QByteArray &documentXml, const QByteArray &numberingXml, const QByteArray &stylesXml,
                    QString *text, QString *error)
{
    DocxNumbering numbering(numberingXml, stylesXml);
    return Walker(documentXml, numbering).run(text, error);
}

} // namespace ReportLens
