#include "pdfreader.h"

#include "pdflayout.h"
#include "util/chinesetext.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QHash>
#include <QStringList>

namespace ReportLens {

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

bool isCjk(QChar c)
{
    return ChineseText::isHan(c) || (c.unicode() >= 0x3000 && c.unicode() <= 0x303F)
           || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
}

// The lines of a page as Poppler groups its words (a word's nextWord() is the next word on the
// same line), with their boxes. Poppler marks a space after a word from the gap; between Chinese
// characters such a gap is justification unless it is as wide as a character (李强 set as 李　强
// keeps its space, which the cleaner then judges like any other).
PdfLayout::Page pageLayout(const Poppler::Page &page)
{
    PdfLayout::Page layout;
    layout.size = page.pageSizeF();
    PdfLayout::Line line;
    const Poppler::TextBox *previous = nullptr;
    for (const std::unique_ptr<Poppler::TextBox> &word : page.textList()) {
        const QString text = word->text();
        if (previous && !text.isEmpty() && !line.text.isEmpty() && previous->hasSpaceAfter()) {
            const double gap = word->boundingBox().left() - previous->boundingBox().right();
            if (!isCjk(line.text.back()) && !isCjk(text.front()))
                line.text.append(u' ');
            else if (gap >= 0.6 * std::min(word->boundingBox().height(), previous->boundingBox().height()))
                line.text.append(u' ');
        }
        line.text += text;
        line.box = line.box.isNull() ? word->boundingBox() : line.box.united(word->boundingBox());
        previous = word.get();
        if (!word->nextWord()) {
            if (!ChineseText::trimmed(line.text).isEmpty())
                layout.lines.append(line);
            line = {};
            previous = nullptr;
        }
    }
    if (!ChineseText::trimmed(line.text).isEmpty())
        layout.lines.append(line);
    return layout;
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

    QList<PdfLayout::Page> pages;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        pages.append(page ? pageLayout(*page) : PdfLayout::Page{});
    }
    DecodeResult result;
    result.decoded = PdfLayout::assemble(pages);
    QString &text = result.decoded.text;
    unifyRadicals(text);
    if (text.trimmed().isEmpty())
        return DecodeResult::failure(pages.isEmpty() ? QStringLiteral("the PDF has no pages")
                                                : QStringLiteral("the PDF has no text layer (scanned images only); "
                                                                 "run OCR on it first"));
    return result;
}

} // namespace ReportLens
