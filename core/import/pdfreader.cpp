#include "pdfreader.h"

#include "util/chinesetext.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QHash>
#include <QStringList>

namespace ReportLens {

QString PdfReader::reflowPage(const QString &pageText)
{
    // A line that fills the measure continues in the next line; a shorter one ends its paragraph.
    QStringList lines;
    for (const QStringView line : QStringView(pageText).split(u'\n'))
        lines.append(ChineseText::trimmed(line).toString());
    qsizetype measure = 0;
    for (const QString &line : lines)
        measure = std::max(measure, line.size());
    const qsizetype fullLine = measure * 85 / 100;

    QString out;
    bool continuing = false;
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            if (continuing)
                out.append(u'\n');
            continuing = false;
            continue;
        }
        if (continuing) {
            // Latin words wrapped at a line end need their space back; Chinese has none.
            if (!out.isEmpty() && out.back().isLetterOrNumber() && out.back().unicode() < 0x3000
                && line.front().unicode() < 0x3000 && line.front().isLetterOrNumber())
                out.append(u' ');
        } else if (!out.isEmpty()) {
            out.append(u'\n');
        }
        out.append(line);
        continuing = line.size() >= fullLine && measure >= 10;
    }
    return out;
}

namespace {

// CJK fonts often map an ideograph's glyph to the radical that looks the same (力 → ⼒ U+2F12,
// 民 → ⺠ U+2EA0), so Poppler extracts the radical. Unicode's Equivalent_Unified_Ideograph data
// (bundled: ICU does not expose the property) maps each back; nothing else is touched.
const QHash<char16_t, char16_t> &equivalentIdeographs()
{
    static const QHash<char16_t, char16_t> table = [] {
        QHash<char16_t, char16_t> map;
        QFile file(QStringLiteral(":/unicode/EquivalentUnifiedIdeograph.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return map;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split(';');
            if (fields.size() < 2)
                continue;
            const QList<QByteArray> range = fields[0].trimmed().split('.');
            const uint from = range.first().toUInt(nullptr, 16);
            const uint to = range.last().toUInt(nullptr, 16);
            const uint target = fields[1].split('#').first().trimmed().toUInt(nullptr, 16);
            for (uint c = from; c <= to && c <= 0xFFFF && target <= 0xFFFF; ++c)
                map.insert(char16_t(c), char16_t(target));
        }
        return map;
    }();
    return table;
}

void unifyRadicals(QString &text)
{
    const QHash<char16_t, char16_t> &table = equivalentIdeographs();
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x2E80 && u <= 0x31EF) {
            const auto it = table.constFind(u);
            if (it != table.cend())
                c = QChar(it.value());
        }
    }
}

} // namespace

DecodeResult PdfReader::read(const QByteArray &bytes)
{
    if (!bytes.startsWith("%PDF-"))
        return DecodeResult::failure(QStringLiteral("not a PDF file (no %PDF header)"));
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return DecodeResult::failure(QStringLiteral("the PDF is damaged and cannot be read"));
    if (document->isLocked())
        return DecodeResult::failure(QStringLiteral("the PDF is encrypted (password protected); save an unprotected copy and import that"));

    DecodeResult result;
    result.decoded.encoding = QStringLiteral("PDF");
    QString &text = result.decoded.text;
    const int pages = document->numPages();
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!text.isEmpty() && text.back() != u'\n')
            text.append(u'\n');
        result.decoded.pageStarts.append(text.size());
        if (page)
            text += reflowPage(page->text(QRectF(), Poppler::Page::PhysicalLayout));
    }
    unifyRadicals(text);
    if (text.trimmed().isEmpty())
        return DecodeResult::failure(pages == 0 ? QStringLiteral("the PDF has no pages")
                                                : QStringLiteral("the PDF has no text layer (scanned images only); "
                                                                 "run OCR on it first"));
    return result;
}

} // namespace ReportLens
