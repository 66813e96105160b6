#pragma once

#include "extract/indicatorcatalog.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReportLens {

/// A pattern tried for every figure: the literals one of which every match contains are looked
/// for first (QRegularExpression::match costs more than the rest of reading a figure).
struct FilteredPattern
{
    QRegularExpression regex;
    QStringList literals;
    bool matches(QStringView text) const;
};

/// The cues the indicator extractor reads a figure's period and kind with (indicators.json
/// "context"; its comment says what each list does). Whether a section is a review or a plan is
/// AlignmentRules' review and plan kinds.
struct IndicatorContextRules
{
    int quoteMaxLength = 0;
    QRegularExpression baseComparison; ///< 比2015年, 较“十二五”末
    QRegularExpression baseMultiple; ///< 是2011年的2倍
    QRegularExpression fiveYearPlan; ///< 十四五, 第十个五年计划: captures the plan's number
    QRegularExpression yearOfValue; ///< "2007年的" right before a value dates it
    FilteredPattern multiYear;
    FilteredPattern partOfRegion;
    FilteredPattern partOfYear;
    QStringList targetCues, pastYearCues, thisYearCues, forwardSpanCues, backwardSpanCues, averageCues, growthVerbs,
        declineVerbs, cumulativeCues, clauseTargetCues, estimateCues, rateWords, changeVerbs, shareCues, lowerBounds,
        listSeparators, fiveYearReviewTitles, fromWords, steeringCues, shareRightBefore, comparisonVerbs,
        ratioRightBefore, otherQuantityCues, priceBaseAfterYear;
    QList<int> fiveYearPlanStarts; ///< First year of the 1st, 2nd, … five-year plan
};

/// resources/indicators.json: the shipped catalog (indicators, aliases, units, qualifiers,
/// distractors) and the extractor's context cues.
struct IndicatorRules
{
    IndicatorCatalog catalog;
    IndicatorContextRules context;
    /// Changes whenever the file changes (a hash of its bytes).
    QString fingerprint;

    /// Reads and validates @p path; nothing and @p error (naming file and key) when it does not load.
    static std::optional<IndicatorRules> load(const QString &path, QString *error);
    /// resources/indicators.json as compiled in, loaded once.
    static const IndicatorRules &shipped();
};

} // namespace ReportLens
