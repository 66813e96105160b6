#pragma once

#include <QString>
#include <QList>
#include <QStringView>

namespace ReportLens {

/// Small character-class helpers for Chinese text shared by the cleaner, metadata and outline.
namespace ChineseText {

/// A CJK ideograph (the unified blocks and extension A; enough for report text).
bool isHan(QChar c);

/// Whitespace as it occurs in pasted reports: ASCII, NBSP, ideographic space, and friends.
bool isSpace(QChar c);

/// Zero-width and formatting characters that carry no text (ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM).
bool isInvisible(QChar c);

/// Value of a Chinese numeral written with 一…十, 百, 千 and 〇/零 (also 两); -1 if it is not one.
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
