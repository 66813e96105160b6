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

int numeralDigitValue(QChar c)
{
    if (NumeralZeros.contains(c))
        return 0;
    if (c == NumeralTwo)
        return 2;
    const qsizetype index = NumeralDigits.indexOf(c);
    return index < 0 ? -1 : int(index) + 1;
}

int parseChineseNumber(QStringView text)
{
    if (text.isEmpty())
        return -1;
    // Positional form without units, as in years: 一九八四 → 1984.
    bool positional = text.size() > 1;
    for (QChar c : text)
        positional = positional && numeralDigitValue(c) >= 0;
    if (positional) {
        int value = 0;
        for (QChar c : text)
            value = value * 10 + numeralDigitValue(c);
        return value;
    }
    int total = 0;
    int current = -1;
    for (QChar c : text) {
        const int d = numeralDigitValue(c);
        if (d >= 0) {
            current = d;
            continue;
        }
        static constexpr int unitValues[] = {10, 100, 1000}; // 十, 百, 千 in NumeralUnits' order
        const qsizetype unitIndex = NumeralUnits.indexOf(c);
        if (unitIndex < 0)
            return -1;
        const int unit = unitValues[unitIndex];
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
