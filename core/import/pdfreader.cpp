#include "pdfreader.h"

#include "util/chinesetext.h"

#include <poppler-qt6.h>

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
    if (text.trimmed().isEmpty())
        return DecodeResult::failure(pages == 0 ? QStringLiteral("the PDF has no pages")
                                                : QStringLiteral("the PDF has no text layer (scanned images only); "
                                                                 "run OCR on it first"));
    return result;
}

} // namespace ReportLens
