#pragma once

#include "model/report.h"

#include <QString>

namespace ReportLens::FigureText {

/// A number as a reader writes it: never an exponent, at most four decimals, no trailing zeros
/// (1.39, 126, 0.5673, 104.2, 139000000000).
QString number(double value);

/// A figure as a Chinese reader writes it, its hedge where the language puts it: 超过126万亿元,
/// 5.5%左右, 1100万人以上, 1000多万人, 6%–6.5%, −3.4%. The unit is the one the report wrote.
QString value(const Indicator &figure);

/// The period a figure is of: "2022", "2021–2025".
QString period(const Indicator &figure);

/// The figure after its period: "2022 5.5%左右", "2021–2025 年均6%".
QString withPeriod(const Indicator &figure);

/// The change from @p from to @p to in words a reader uses: growth and rates in 个百分点
/// (−2.9个百分点), levels in the catalog unit @p catalogUnit, scaled as Chinese writes large
/// amounts (+12万亿元 for 120000亿元). Empty when the two cannot be compared (a level kept in
/// another currency, or no level in the catalog unit).
QString difference(const Indicator &from, const Indicator &to, const QString &catalogUnit);

} // namespace ReportLens::FigureText
