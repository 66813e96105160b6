#include "chinesetext.h"

#include <unicode/ubrk.h>

#include <memory>

namespace ReportLens::ChineseText {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == 0x3000 || u == 0x00A0 || u == 0x2007 || u == 0x202F;
}

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF || u == 0x00AD;
}

namespace {
int digitValue(QChar c)
{
    switch (c.unicode()) {
    case u'〇': case u'零': case u'○': return 0;
    case u'一': return 1;
    case u'二': case u'两': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}
} // namespace

int parseChineseNumber(QStringView text)
{
    if (text.isEmpty())
        return -1;
    // Positional form without units, as in years: 一九八四 → 1984.
    bool positional = text.size() > 1;
    for (QChar c : text)
        positional = positional && digitValue(c) >= 0;
    if (positional) {
        int value = 0;
        for (QChar c : text)
            value = value * 10 + digitValue(c);
        return value;
    }
    int total = 0;
    int current = -1;
    for (QChar c : text) {
        const int d = digitValue(c);
        if (d >= 0) {
            current = d;
            continue;
        }
        int unit = 0;
        switch (c.unicode()) {
        case u'十': unit = 10; break;
        case u'百': unit = 100; break;
        case u'千': unit = 1000; break;
        default: return -1;
        }
        total += (current < 0 ? 1 : current) * unit; // 十二 = 12: a bare unit counts once
        current = -1;
    }
    if (current > 0)
        total += current;
    return total;
}

QString toHalfWidthDigits(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
    }
    return out;
}

int parseNumber(QStringView text)
{
    const QString half = toHalfWidthDigits(text);
    bool ok = false;
    const int value = half.toInt(&ok);
    if (ok)
        return value;
    return parseChineseNumber(text);
}

QList<QStringView> words(QStringView text)
{
    QList<QStringView> result;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBreakIterator, decltype(&ubrk_close)> iterator(
        ubrk_open(UBRK_WORD, "zh", reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status),
        &ubrk_close);
    if (U_FAILURE(status))
        return result;
    int32_t start = ubrk_first(iterator.get());
    for (int32_t end = ubrk_next(iterator.get()); end != UBRK_DONE; start = end, end = ubrk_next(iterator.get())) {
        // Rule status UBRK_WORD_NONE marks spaces and punctuation.
        if (ubrk_getRuleStatus(iterator.get()) != UBRK_WORD_NONE)
            result.append(text.mid(start, end - start));
    }
    return result;
}

QStringView trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (isSpace(text[begin]) || isInvisible(text[begin])))
        ++begin;
    while (end > begin && (isSpace(text[end - 1]) || isInvisible(text[end - 1])))
        --end;
    return text.mid(begin, end - begin);
}

} // namespace ReportLens::ChineseText
