#pragma once

#include <QString>
#include <QList>
#include <QStringView>

#include <optional>

namespace ReportLens {

/// Small helpers for Chinese text shared by the cleaner, metadata, outline and number parser:
/// character classes, numerals, words.
namespace ChineseText {

/// The characters that end a sentence, 。！？ and their ASCII forms: the one definition the
/// cleaner, the line reflow, the outline, the figure extractor and the text comparison share.
inline constexpr QStringView SentenceEnds = u"。！？!?";
/// Semicolons, full-width and ASCII. Where a clause counts as a sentence of its own (reading
/// figures, comparing two texts), a sentence ends with SentenceEnds or one of these.
inline constexpr QStringView Semicolons = u"；;";

/// Chinese numerals, defined once. The digits one to nine in order (a digit's value is its index
/// plus one); the three ways reports write zero; 两, two before a unit (两万); the units within a
/// group of four digits; the magnitudes that close a group (万, 亿).
inline constexpr QStringView NumeralDigits = u"一二三四五六七八九";
inline constexpr QStringView NumeralZeros = u"〇○零";
inline constexpr QChar NumeralTwo = u'两';
inline constexpr QStringView NumeralUnits = u"十百千";
inline constexpr QStringView NumeralMagnitudes = u"万亿";

/// Value of one digit numeral (〇, ○, 零 0; 一 1 … 九 9; 两 2); -1 for any other character.
int numeralDigitValue(QChar c);

/// A CJK ideograph (the unified blocks and extension A; enough for report text).
bool isHan(QChar c);

/// Whitespace as it occurs in pasted reports: ASCII, NBSP, ideographic space, and friends.
bool isSpace(QChar c);

/// Zero-width and formatting characters that carry no text (ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM).
bool isInvisible(QChar c);

/// Value of a run of Chinese numerals, the one reading of them that every stage shares: digits
/// alone are read one by one, as years are written (一九八四 → 1984, 二〇二三 → 2023); otherwise
/// with the units 十, 百, 千 and the magnitudes 万, 亿 (十二 → 12, 一千零五 → 1005, 两万 → 20000,
/// 四亿零七百万 → 407000000). nullopt for an empty run or any other character.
std::optional<double> chineseNumeralValue(QStringView numerals);

/// chineseNumeralValue() as an int, for years, plan and item numbers; -1 where the text is no
/// numeral or its value does not fit.
int parseChineseNumber(QStringView text);

/// Value of a number written in ASCII or full-width digits, or Chinese numerals; -1 if neither.
int parseNumber(QStringView text);

/// "２０２２" → "2022": full-width digits and Latin letters to ASCII (one to one).
QString toHalfWidthDigits(QStringView text);

/// Splits @p text into words with ICU's dictionary-based word break iterator (Chinese has no spaces;
/// ICU's dictionary knows place names such as 呼和浩特). Punctuation and spaces are left out.
QList<QStringView> words(QStringView text);

/// Trims isSpace() and isInvisible() characters from both ends.
QStringView trimmed(QStringView text);

} // namespace ChineseText
} // namespace ReportLens
