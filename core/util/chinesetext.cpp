#include "chinesetext.h"

#include <unicode/ubrk.h>

#include <algorithm>
#include <limits>
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

std::optional<double> chineseNumeralValue(QStringView numerals)
{
    if (numerals.isEmpty())
        return std::nullopt;
    // Positional form without units, as in years: 一九八四 → 1984.
    if (numerals.size() > 1
        && std::all_of(numerals.begin(), numerals.end(), [](QChar c) { return numeralDigitValue(c) >= 0; })) {
        double value = 0;
        for (QChar c : numerals)
            value = value * 10 + numeralDigitValue(c);
        return value;
    }
    double total = 0; // completed 亿 groups
    double section = 0; // below 亿: completed 万 groups
    double current = 0; // below 万
    double digit = -1;
    for (QChar c : numerals) {
        if (const int d = numeralDigitValue(c); d >= 0) {
            digit = d;
            continue;
        }
        switch (c.unicode()) {
        // A unit with no digit before it counts once: 十二 is 12.
        case u'十': current += (digit < 0 ? 1 : digit) * 10; break;
        case u'百': current += (digit < 0 ? 1 : digit) * 100; break;
        case u'千': current += (digit < 0 ? 1 : digit) * 1000; break;
        // A magnitude with nothing before it counts once, as 十 does: 万亿斤 is 1万亿斤, 万元 1万元.
        case u'万': {
            const double group = section + current + std::max(0.0, digit);
            section = (group == 0 && digit < 0 ? 1 : group) * 10000;
            current = 0;
            break;
        }
        case u'亿': {
            const double group = total + section + current + std::max(0.0, digit);
            total = (group == 0 && digit < 0 ? 1 : group) * 100000000;
            section = 0;
            current = 0;
            break;
        }
        default: return std::nullopt;
        }
        digit = -1;
    }
    return total + section + current + std::max(0.0, digit);
}

int parseChineseNumber(QStringView text)
{
    const std::optional<double> value = chineseNumeralValue(text);
    return value && *value <= double(std::numeric_limits<int>::max()) ? int(*value) : -1;
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
