#include "numberparser.h"

#include "util/chinesetext.h"

#include <algorithm>
#include <cmath>

namespace ReportLens {

namespace {

bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19);
}

int digitValue(QChar c)
{
    return c.unicode() >= 0xFF10 ? c.unicode() - 0xFF10 : c.unicode() - u'0';
}

bool isDecimalPoint(QChar c)
{
    return c == u'.' || c == u'．';
}

bool isChineseNumeral(QChar c)
{
    using namespace ChineseText;
    return numeralDigitValue(c) >= 0 || NumeralUnits.contains(c) || NumeralMagnitudes.contains(c);
}

bool isMinus(QChar c)
{
    return c == u'-' || c == u'－' || c == u'−';
}

bool isRangeSeparator(QChar c)
{
    return c == u'-' || c == u'－' || c == u'—' || c == u'~' || c == u'～' || c == u'至' || c == u'到' || c == u'–';
}

} // namespace

NumberParser::NumberParser(QStringList units, QStringList qualifiersBefore, QStringList qualifiersAfter,
                           QHash<QChar, double> magnitudes)
    : m_units(std::move(units))
    , m_magnitudes(std::move(magnitudes))
    , m_qualifiersBefore(std::move(qualifiersBefore))
    , m_qualifiersAfter(std::move(qualifiersAfter))
{
    // Longest first, so 万亿元 wins over 亿元 and 个百分点 over nothing.
    auto longestFirst = [](const QString &a, const QString &b) { return a.size() > b.size(); };
    std::sort(m_units.begin(), m_units.end(), longestFirst);
    for (const QString &unit : std::as_const(m_units)) {
        qsizetype magnitude = 0;
        while (magnitude < unit.size() && m_magnitudes.contains(unit[magnitude]))
            ++magnitude;
        if (magnitude < unit.size() && !m_baseUnits.contains(unit.mid(magnitude)))
            m_baseUnits.append(unit.mid(magnitude));
    }
    std::sort(m_baseUnits.begin(), m_baseUnits.end(), longestFirst);
}

qsizetype NumberParser::matchUnit(QStringView text, qsizetype position, QString *unit, bool withMagnitudes) const
{
    for (const QString &u : m_units)
        if (text.mid(position).startsWith(u)) {
            *unit = u;
            return position + u.size();
        }
    unit->clear();
    if (!withMagnitudes)
        return position;
    // Magnitudes before a unit, in any combination the unit list does not spell out: 1.39万亿斤.
    qsizetype base = position;
    while (base < text.size() && base - position < 3 && m_magnitudes.contains(text[base]))
        ++base;
    if (base == position)
        return position;
    for (const QString &u : m_baseUnits)
        if (text.mid(base).startsWith(u)) {
            *unit = text.mid(position, base - position + u.size()).toString();
            return base + u.size();
        }
    return position;
}

std::optional<ParsedNumber> NumberParser::parseAt(QStringView text, qsizetype position, bool rangeStart) const
{
    ParsedNumber n;
    n.start = position;
    qsizetype i = position;
    if (isDigit(text[i])) {
        double value = 0;
        // A line wrapped inside a number ("4779\n1元", "230.\n4亿元", as web pages of PDFs give them) is one number.
        auto wrapped = [&](qsizetype at) {
            return at + 1 < text.size() && text[at] == u'\n' && at > position && isDigit(text[at + 1]);
        };
        while (i < text.size()) {
            if (wrapped(i))
                ++i;
            if (isDigit(text[i])) {
                value = value * 10 + digitValue(text[i]);
                ++i;
            } else if ((text[i] == u',' || text[i] == u'，') && i + 3 < text.size() && isDigit(text[i + 1])
                       && isDigit(text[i + 2]) && isDigit(text[i + 3])
                       && (i + 4 >= text.size() || !isDigit(text[i + 4]))) {
                ++i; // a thousands separator: 1,244
            } else {
                break;
            }
        }
        const bool pointThenWrap = i + 2 < text.size() && isDecimalPoint(text[i]) && wrapped(i + 1);
        if ((i + 1 < text.size() && isDecimalPoint(text[i]) && isDigit(text[i + 1])) || pointThenWrap) {
            i += pointThenWrap ? 2 : 1;
            double scale = 0.1;
            while (i < text.size() && isDigit(text[i])) {
                value += digitValue(text[i]) * scale;
                scale /= 10;
                ++i;
            }
        }
        n.value = value;
        // "1000多万人", "10余亿元", "5万多亿元": the hedge stands between the number (and its first
        // magnitudes) and its unit.
        qsizetype hedge = i;
        while (hedge < text.size() && hedge - i < 3 && m_magnitudes.contains(text[hedge]))
            ++hedge;
        if (hedge < text.size() && (text[hedge] == u'多' || text[hedge] == u'余')) {
            QString unit;
            const qsizetype afterUnit = matchUnit(text, hedge + 1, &unit, true);
            if (!unit.isEmpty()) {
                n.qualifier = QString(text[hedge]);
                n.unit = text.mid(i, hedge - i).toString() + unit;
                i = afterUnit;
            }
        }
        if (n.unit.isEmpty())
            i = matchUnit(text, i, &n.unit, true);
    } else if (text.mid(i).startsWith(u"百分之")) {
        // 百分之十一点八 → 11.8%
        qsizetype end = i + 3;
        while (end < text.size() && (isChineseNumeral(text[end]) || text[end] == u'点'))
            ++end;
        const QStringView numerals = text.mid(i + 3, end - i - 3);
        const qsizetype point = numerals.indexOf(u'点');
        const std::optional<double> whole =
            ChineseText::chineseNumeralValue(point < 0 ? numerals : numerals.left(point));
        if (!whole)
            return std::nullopt;
        double value = *whole;
        if (point >= 0) {
            double scale = 0.1;
            for (QChar c : numerals.mid(point + 1)) {
                const std::optional<double> d = ChineseText::chineseNumeralValue(QStringView(&c, 1));
                if (!d || *d > 9)
                    return std::nullopt;
                value += *d * scale;
                scale /= 10;
            }
        }
        n.value = value;
        n.unit = QStringLiteral("%");
        i = end;
    } else {
        // Chinese numerals: take the longest run that a unit follows (一千二百 + 万人, 两 + 亿元).
        qsizetype end = i;
        while (end < text.size() && isChineseNumeral(text[end]))
            ++end;
        bool found = false;
        for (qsizetype split = end; split > i && !found; --split) {
            QString unit;
            const qsizetype afterUnit = matchUnit(text, split, &unit);
            if (unit.isEmpty() || unit == QStringLiteral("倍") || unit == QStringLiteral("人"))
                continue;
            const std::optional<double> value = ChineseText::chineseNumeralValue(text.mid(i, split - i));
            if (!value)
                continue;
            n.value = *value;
            n.unit = unit;
            i = afterUnit;
            found = true;
        }
        // "四亿零七百多万吨", "五百多万人", "三十多元": the hedge stands between the numerals and the
        // unit, whose magnitudes scale the numerals before them (四亿零七百多万吨 is 40700多万吨).
        QString unit;
        const qsizetype afterUnit = !found && end + 1 < text.size() && (text[end] == u'多' || text[end] == u'余')
            ? matchUnit(text, end + 1, &unit, true)
            : end;
        qsizetype magnitudes = 0;
        double scale = 1;
        while (magnitudes < unit.size() && m_magnitudes.contains(unit[magnitudes]))
            scale *= m_magnitudes.value(unit[magnitudes++]);
        if (magnitudes < unit.size() && unit != QStringLiteral("倍") && unit != QStringLiteral("人")) {
            const std::optional<double> value =
                ChineseText::chineseNumeralValue(text.mid(i, end - i).toString() + unit.left(magnitudes));
            if (value) {
                n.value = *value / scale;
                n.unit = unit;
                n.qualifier = QString(text[end]);
                i = afterUnit;
                found = true;
            }
        }
        if (!found)
            return std::nullopt;
    }

    // A range: 6%－6.5%, 6-6.5%, 5至6万人. It has two ends: in "1-2-3" the 3 is a number of its own
    // (and a line of a million dashed numbers does not recurse a million deep).
    if (rangeStart && i + 1 < text.size() && isRangeSeparator(text[i]) && isDigit(text[i + 1])) {
        if (const std::optional<ParsedNumber> high = parseAt(text, i + 1, false);
            high && (n.unit.isEmpty() || high->unit.isEmpty() || high->unit == n.unit)) {
            n.high = high->value;
            if (n.unit.isEmpty())
                n.unit = high->unit;
            i = high->end;
            if (!high->qualifier.isEmpty())
                n.qualifier = high->qualifier;
        }
    }
    for (const QString &q : m_qualifiersAfter)
        if (text.mid(i).startsWith(q)) {
            n.qualifier = q;
            i += q.size();
            break;
        }
    if (n.qualifier.isEmpty())
        for (const QString &q : m_qualifiersBefore)
            if (n.start >= q.size() && text.mid(n.start - q.size(), q.size()) == q) {
                n.qualifier = q;
                break;
            }
    n.end = i;
    return n;
}

QList<ParsedNumber> NumberParser::findAll(QStringView text) const
{
    QList<ParsedNumber> numbers;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        const bool startsNumber = isDigit(c) || isChineseNumeral(c);
        // A digit continuing a word or another number (the 5 in "G5" or "15") is not a new number.
        const bool continuation = i > 0
            && (isDigit(text[i - 1]) || isDecimalPoint(text[i - 1])
                || (text[i - 1].isLetter() && text[i - 1].unicode() < 128));
        if (startsNumber && !continuation) {
            if (std::optional<ParsedNumber> n = parseAt(text, i)) {
                // An explicit minus (增长-18.9%) where no number stands before it (6%－6.5% is a range).
                if (isDigit(c) && i > 0 && isMinus(text[i - 1])
                    && (i < 2 || !(isDigit(text[i - 2]) || text[i - 2] == u'%' || text[i - 2] == u'％'))) {
                    n->value = -n->value;
                    if (n->high)
                        n->high = -*n->high;
                    n->start = i - 1;
                }
                numbers.append(*n);
                i = std::max(n->end, i + 1);
                continue;
            }
            // Skip the rest of a run of numerals that is not a number (统一, 一是).
            while (i < text.size() && (isDigit(text[i]) || isChineseNumeral(text[i])))
                ++i;
            continue;
        }
        ++i;
    }
    return numbers;
}

} // namespace ReportLens
