#pragma once

// Text helpers the parts of IndicatorExtractor share (indicatorextractor.cpp, indicatorperiods.cpp,
// indicatorlists.cpp); not for use outside the extractor.

#include "cueindex.h"
#include "numberparser.h"

#include <QList>
#include <QStringView>

namespace ReportLens::ExtractorText {

/// Where the clause holding @p position starts: after the last comma, semicolon or full stop before it.
qsizetype clauseStart(QStringView text, qsizetype position);

/// Every "2023年" or "一九五二年" (four digits or four Chinese numerals before 年; not 以来, 年代) in
/// @p text, with its value.
QList<CueOccurrence> findYears(QStringView text);

/// Percentages and amounts are counted apart in a list: "分别达到36.5亿元、24.2亿元，增长13.4%、16.5%".
bool isPercent(const ParsedNumber &n);

} // namespace ReportLens::ExtractorText
