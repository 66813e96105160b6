#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ReportLens {

/// A number as a report writes it: 5.5%, 6%－6.5%, 33.28亿元, 一千二百万人, 近1.2万亿元左右.
struct ParsedNumber
{
    double value = 0;
    std::optional<double> high; ///< Upper end of a range (6%－6.5%).
    QString unit; ///< As written: "%", "亿元", "万人", "个百分点"; empty for a bare number.
    QString qualifier; ///< 左右, 以上, 以内, 不低于, 超过, 突破, 近, 约 … (before or after).
    qsizetype start = 0; ///< First character of the number (after a leading qualifier).
    qsizetype end = 0; ///< After the unit and a trailing qualifier.
};

/// Finds numbers with their units, ranges and hedges in Chinese text: Arabic and full-width digits,
/// decimals, thousands separators and Chinese numerals (一千二百, 两). Units and qualifiers are data
/// (resources/indicators.json: "units", "qualifiers").
class NumberParser
{
public:
    /// @p magnitudes (千, 万, 亿 and their factors) may stand, alone or combined, before any unit
    /// whose form without them is among @p units: 1.39万亿斤, 5千万元, 2万亿美元.
    NumberParser(QStringList units, QStringList qualifiersBefore, QStringList qualifiersAfter,
                 QHash<QChar, double> magnitudes = {});

    /// Every number in @p text, in order. Chinese numerals count only when a unit follows them, so
    /// words such as 一是 or 统一 are not numbers.
    QList<ParsedNumber> findAll(QStringView text) const;

private:
    std::optional<ParsedNumber> parseAt(QStringView text, qsizetype position, bool rangeStart = true) const;
    qsizetype matchUnit(QStringView text, qsizetype position, QString *unit, bool withMagnitudes = false) const;

    QStringList m_units;
    QStringList m_baseUnits; ///< m_units without leading magnitudes, longest first
    QHash<QChar, double> m_magnitudes;
    QStringList m_qualifiersBefore;
    QStringList m_qualifiersAfter;
};

} // namespace ReportLens
