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

// Fonts set "——" as one two-em dash glyph (⸺ U+2E3A, ⸻ U+2E3B for three), which Poppler
// extracts as such; the report wrote em dashes.
QString expandDashLigatures(QString text)
{
    text.replace(QChar(0x2E3A), QStringLiteral("——"));
    text.replace(QChar(0x2E3B), QStringLiteral("———"));
    return text;
}

bool isCjk(QChar c)
{
    return ChineseText::isHan(c) || (c.unicode() >= 0x3000 && c.unicode() <= 0x303F)
        || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
}

// The text of one line from its words. Poppler marks a space after a word wherever the gap to the
// next is wide; between Latin words that is a space, but between Chinese characters a justified
// line spreads every gap (Qt sets each character as a word a tenth of an em apart). A space that
// was typed (李　强, "三河三湖" 等) is wider than a fifth of a character and than the line's usual gap.
PdfLayout::Line lineOf(const std::vector<const Poppler::TextBox *> &words)
{
    QList<double> gaps;
    for (size_t i = 1; i < words.size(); ++i)
        if (words[i - 1]->hasSpaceAfter())
            gaps.append(words[i]->boundingBox().left() - words[i - 1]->boundingBox().right());
    std::sort(gaps.begin(), gaps.end());
    const double usualGap = gaps.size() < 4 ? 0 : gaps[gaps.size() / 2]; // a few gaps are spaces
    PdfLayout::Line line;
    for (size_t i = 0; i < words.size(); ++i) {
        const QString text = expandDashLigatures(words[i]->text());
        if (i > 0 && words[i - 1]->hasSpaceAfter() && !text.isEmpty() && !line.text.isEmpty()) {
            const QRectF before = words[i - 1]->boundingBox(), after = words[i]->boundingBox();
            const double gap = after.left() - before.right();
            // A character's width: the wider of the two words' average (digits are narrow).
            const double em = std::max(before.width() / double(std::max<qsizetype>(1, words[i - 1]->text().size())),
                                       after.width() / double(std::max<qsizetype>(1, text.size())));
            const bool latin = !isCjk(line.text.back()) && !isCjk(text.front());
            if (latin || (gap >= 0.2 * em && gap >= 1.5 * usualGap))
                line.text.append(u' ');
        }
        line.text += text;
        line.box = line.box.isNull() ? words[i]->boundingBox() : line.box.united(words[i]->boundingBox());
    }
    return line;
}

// The lines of a page as Poppler groups its words (a word's nextWord() is the next word on the
// same line), with their boxes.
PdfLayout::Page pageLayout(const Poppler::Page &page)
{
    PdfLayout::Page layout;
    layout.size = page.pageSizeF();
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    std::vector<const Poppler::TextBox *> words;
    for (size_t i = 0; i < boxes.size(); ++i) {
        words.push_back(boxes[i].get());
        if (!boxes[i]->nextWord() || i + 1 == boxes.size()) {
            PdfLayout::Line line = lineOf(words);
            if (!ChineseText::trimmed(line.text).isEmpty())
                layout.lines.append(line);
            words.clear();
        }
    }
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
        return DecodeResult::failure(
            QStringLiteral("the PDF is encrypted (password protected); save an unprotected copy and import that"));

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
        return DecodeResult::failure(pages.isEmpty()
                                         ? QStringLiteral("the PDF has no pages")
                                         : QStringLiteral("the PDF has no text layer (scanned images only); "
                                                          "run OCR on it first"));
    return result;
}

} // namespace ReportLens
