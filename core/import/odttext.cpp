#include "odttext.h"

#include "officetable.h"

#include <QXmlStreamReader>

namespace ReportLens {

namespace {

const QLatin1String OfficeNamespace("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QLatin1String TextNamespace("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QLatin1String TableNamespace("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

/// Walks content.xml with one QXmlStreamReader. Each read… function starts on an element's start
/// tag and returns on its end tag.
class Walker
{
public:
    explicit Walker(const QByteArray &content)
        : m_xml(content)
    { }

    bool run(QString *text, QString *error)
    {
        QStringList lines;
        bool found = false;
        // Only the root element is read at the top level: reading on after it is an error.
        if (m_xml.readNextStartElement() && is(OfficeNamespace, u"document-content")) {
            while (m_xml.readNextStartElement()) {
                if (is(OfficeNamespace, u"body")) {
                    while (m_xml.readNextStartElement()) {
                        if (is(OfficeNamespace, u"text")) {
                            found = true;
                            readBlocks(lines);
                        } else {
                            m_xml.skipCurrentElement(); // office:spreadsheet and the like
                        }
                    }
                } else {
                    m_xml.skipCurrentElement(); // styles, fonts, scripts
                }
            }
        }
        if (m_xml.hasError()) {
            *error = QStringLiteral("%1 (line %2)").arg(m_xml.errorString()).arg(m_xml.lineNumber());
            return false;
        }
        if (!found) {
            *error = QStringLiteral("it has no text body");
            return false;
        }
        *text = lines.join(u'\n');
        return true;
    }

private:
    bool is(QLatin1String uri, QStringView localName) const
    {
        return m_xml.name() == localName && m_xml.namespaceUri() == uri;
    }
    bool isText(QStringView localName) const { return is(TextNamespace, localName); }
    bool isTable(QStringView localName) const { return is(TableNamespace, localName); }

    // Block-level content: the body, a section, a list item, a table cell.
    void readBlocks(QStringList &lines)
    {
        while (m_xml.readNextStartElement()) {
            if (isText(u"p") || isText(u"h")) {
                QString paragraph;
                bool space = true; // white space at the start of a paragraph is ignored
                readInline(paragraph, space);
                if (space && paragraph.endsWith(u' '))
                    paragraph.chop(1); // and so is a collapsed space at its end
                if (!paragraph.trimmed().isEmpty())
                    lines.append(paragraph);
            } else if (isText(u"list") || isText(u"list-item") || isText(u"list-header") || isText(u"section")
                       || isText(u"numbered-paragraph")) {
                readBlocks(lines);
            } else if (isTable(u"table")) {
                OfficeTable table;
                readTable(table);
                lines += table.lines();
            } else {
                // text:tracked-changes (deleted text), generated indexes and tables of contents,
                // declarations, forms, frames
                m_xml.skipCurrentElement();
            }
        }
    }

    void readTable(OfficeTable &table)
    {
        while (m_xml.readNextStartElement()) {
            if (isTable(u"table-row")) {
                table.startRow();
                while (m_xml.readNextStartElement()) {
                    if (isTable(u"table-cell")) {
                        QStringList cell;
                        readBlocks(cell);
                        table.addCell(cell);
                    } else {
                        m_xml.skipCurrentElement(); // table:covered-table-cell: hidden by a merged cell
                    }
                }
            } else if (isTable(u"table-header-rows") || isTable(u"table-rows") || isTable(u"table-row-group")) {
                readTable(table);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    // Mixed content of a paragraph; @p space: the text so far ends in collapsible white space.
    void readInline(QString &out, bool &space)
    {
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::Characters:
                for (const QChar c : m_xml.text()) {
                    if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
                        if (!space)
                            out.append(u' ');
                        space = true;
                    } else {
                        out.append(c);
                        space = false;
                    }
                }
                break;
            case QXmlStreamReader::StartElement: readInlineElement(out, space); break;
            case QXmlStreamReader::EndElement: return;
            default: break;
            }
        }
    }

    void readInlineElement(QString &out, bool &space)
    {
        if (isText(u"s")) {
            bool ok = false;
            const int count = m_xml.attributes().value(TextNamespace, QLatin1String("c")).toInt(&ok);
            out.append(QString(ok ? std::clamp(count, 1, 1000) : 1, u' '));
            space = false;
            m_xml.skipCurrentElement();
        } else if (isText(u"tab")) {
            out.append(u'\t');
            space = false;
            m_xml.skipCurrentElement();
        } else if (isText(u"line-break")) {
            out.append(u'\n');
            space = true;
            m_xml.skipCurrentElement();
        } else if (isText(u"note") || isText(u"ruby-text") || isText(u"hidden-text") || isText(u"tracked-changes")) {
            m_xml.skipCurrentElement(); // footnotes, pronunciation guides, conditionally hidden text
        } else if (m_xml.namespaceUri() == TextNamespace) {
            readInline(out, space); // spans, links, fields (their text is what they show), ruby bases
        } else {
            m_xml.skipCurrentElement(); // office:annotation, draw:frame and other objects
        }
    }

    QXmlStreamReader m_xml;
};

} // namespace

bool OdtText::read(const QByteArray &contentXml, QString *text, QString *error)
{
    return Walker(contentXml).run(text, error);
}

} // namespace ReportLens
