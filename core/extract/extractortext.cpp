#include "extractortext.h"

#include "util/chinesetext.h"

#include <algorithm>

namespace ReportLens::ExtractorText {

// Where the clause holding @p position starts: after the last comma, semicolon or full stop before it.
qsizetype clauseStart(QStringView text, qsizetype position)
{
    for (qsizetype i = std::min(position, text.size()) - 1; i >= 0; --i)
        if (QStringView(u"，,；;。").contains(text[i]))
            return i + 1;
    return 0;
}

// Every "2023年" or "一九五二年" (four digits or four Chinese numerals before 年; not 以来, 年代) in
// @p text, with its value. A scan for 年, not a pattern: numerals are among the commonest characters
// of a report, and a pattern starting with them is tried at nearly every position.
QList<CueOccurrence> findYears(QStringView text)
{
    // A year is written digit by digit: zeros and 一 to 九, never 两.
    auto isYearNumeral = [](QChar c) {
        return ChineseText::NumeralZeros.contains(c) || ChineseText::NumeralDigits.contains(c);
    };
    auto isDigit = [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９'); };
    QList<CueOccurrence> years;
    for (qsizetype at = text.indexOf(u'年', 4); at >= 0; at = text.indexOf(u'年', at + 1)) {
        const QStringView digits = text.mid(at - 4, 4);
        const bool arabic = std::all_of(digits.begin(), digits.end(), isDigit);
        if (!arabic && !std::all_of(digits.begin(), digits.end(), isYearNumeral))
            continue;
        const QStringView after = text.mid(at + 1, 2);
        if (after.startsWith(u"以来") || after.startsWith(u'代'))
            continue;
        years.append({at - 4, at + 1, ChineseText::parseNumber(digits)});
    }
    return years;
}

// Percentages and amounts are counted apart in a list: "分别达到36.5亿元、24.2亿元，增长13.4%、16.5%".
bool isPercent(const ParsedNumber &n)
{
    return n.unit == QStringLiteral("%") || n.unit == QStringLiteral("％");
}

} // namespace ReportLens::ExtractorText
