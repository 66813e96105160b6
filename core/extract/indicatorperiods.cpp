// IndicatorExtractor: the period and kind of a figure, from the section it stands in and the cues
// of its paragraph (years, 今年, 五年来, 预计, target words), and how sure that reading is.

#include "indicatorextractor.h"

#include "extractortext.h"
#include "util/chinesetext.h"

#include <QDate>

#include <algorithm>

namespace ReportLens {

using ExtractorText::clauseStart;
using ExtractorText::findYears;
using ExtractorText::isPercent;

IndicatorExtractor::Context IndicatorExtractor::contextAt(const QList<Section> &sections, qsizetype position,
                                                          int *titleYear, bool *fiveYearReview,
                                                          int *titlePlanStart) const
{
    *fiveYearReview = false;
    *titlePlanStart = 0;
    // The deepest section title that says review or plan decides; a year in any title on the path is kept.
    Context context = Context::None;
    const QList<Section> *level = &sections;
    while (level) {
        const QList<Section> *next = nullptr;
        // Siblings follow each other without overlapping: the one that can hold the position is the
        // last to start at or before it (a binary search; a report may have 100,000 headings).
        const auto after = std::upper_bound(level->cbegin(), level->cend(), position,
                                            [](qsizetype value, const Section &s) { return value < s.start; });
        for (auto candidate = after == level->cbegin() ? after : after - 1; candidate != after; ++candidate) {
            const Section &s = *candidate;
            if (s.start <= position && position < s.end) {
                // Lead sentences and items are content ("就业超过预期目标"), not context.
                if (s.kind == Section::Kind::LeadSentence || s.kind == Section::Kind::Item) {
                    next = &s.children;
                    break;
                }
                const QRegularExpressionMatch plan = m_rules.fiveYearPlan.match(s.title);
                if (plan.hasMatch() && plan.captured(0).startsWith(u'十')) {
                    const int n = ChineseText::parseChineseNumber(plan.captured(1));
                    if (n > 0 && n <= m_rules.fiveYearPlanStarts.size())
                        *titlePlanStart = m_rules.fiveYearPlanStarts[n - 1];
                }
                if (m_reviewTitles.match(s.title).hasMatch()) {
                    context = Context::Review;
                    *fiveYearReview = containsAny(s.title, m_fiveYearReviewTitles);
                } else if (m_planTitles.match(s.title).hasMatch())
                    context = Context::Plan;
                if (const QList<CueOccurrence> years = findYears(s.title); !years.isEmpty())
                    *titleYear = years.first().value;
                next = &s.children;
                break;
            }
        }
        level = next;
    }
    return context;
}

IndicatorExtractor::ParagraphCues IndicatorExtractor::paragraphCues(QStringView paragraph, int reportYear) const
{
    // Every cue of the paragraph is found once; each figure then asks for the last one before it.
    const QList<QList<CueOccurrence>> words = m_cueWords.find(paragraph);
    ParagraphCues cues;
    cues.forwardSpan = CueIndex(words[0]);
    cues.backwardSpan = CueIndex(words[1]);
    cues.average = CueIndex(words[2]);
    cues.thisYear = CueIndex(words[3]);
    // "与去年大体持平" compares with last year; it does not date the figure.
    QList<CueOccurrence> pastYear;
    for (const CueOccurrence &o : words[4])
        if (o.start == 0 || !QStringLiteral("与比较同").contains(paragraph[o.start - 1]))
            pastYear.append(o);
    cues.pastYear = CueIndex(pastYear);
    cues.target = CueIndex(words[5]);
    cues.growth = CueIndex(words[6]);
    cues.decline = CueIndex(words[7]);
    cues.clauseTarget = CueIndex(words[8]);
    cues.estimate = CueIndex(words[9]);
    cues.rateWords = CueIndex(words[10]);

    // Five-year plans by name. "较“十二五”末" names a base to compare with, not the period of the figure.
    QList<CueOccurrence> plans;
    // Tried around each 五 (a pattern that starts with numerals would be tried at nearly every character).
    qsizetype lastEnd = 0;
    for (qsizetype five = paragraph.indexOf(u'五'); five >= 0; five = paragraph.indexOf(u'五', five + 1)) {
        if (five < lastEnd)
            continue;
        const qsizetype from = std::max(lastEnd, five - 5);
        const QRegularExpressionMatch m =
            m_rules.fiveYearPlan.match(paragraph.mid(from, std::min(paragraph.size(), five + 8) - from));
        if (!m.hasMatch() || from + m.capturedStart() > five || from + m.capturedEnd() <= five)
            continue;
        lastEnd = from + m.capturedEnd();
        const QStringView before = paragraph.left(from + m.capturedStart());
        if (before.endsWith(u"较") || before.endsWith(u"比") || before.endsWith(u"较“") || before.endsWith(u"比“"))
            continue;
        const int n = ChineseText::parseChineseNumber(m.captured(1));
        const bool named =
            m.captured(0).startsWith(u'十') || m.captured(0).startsWith(u'第') || !m.captured(2).isEmpty();
        if (named && n > 0 && n <= m_rules.fiveYearPlanStarts.size())
            plans.append({from + m.capturedStart(), from + m.capturedEnd(), m_rules.fiveYearPlanStarts[n - 1]});
    }
    cues.plans = CueIndex(plans);

    QList<CueOccurrence> years;
    for (const CueOccurrence &m : findYears(paragraph)) {
        const QStringView before = paragraph.left(m.start);
        // "到一九四九年，粮食产量只有…" dates what follows; "从2018年的…增加到2023年的…" compares.
        const bool timePoint = m.end < paragraph.size() && QStringView(u"，,").contains(paragraph[m.end]);
        if (before.endsWith(u"比") || before.endsWith(u"较") || before.endsWith(u"从") || before.endsWith(u"由")
            || before.endsWith(u"同") || (before.endsWith(u"到") && !timePoint) || before.endsWith(u"与")
            || before.endsWith(u"和"))
            continue;
        // "是2011年的2倍": the base of a multiple, not the year of the figure before it.
        if (m.end < paragraph.size() && paragraph[m.end] == u'的'
            && m_rules.baseMultiple.match(paragraph.mid(m.end, 12)).hasMatch())
            continue;
        // "2300元（2010年不变价）": the prices a figure is measured in.
        const QStringView afterYear = paragraph.mid(m.end, 4);
        if (std::any_of(m_rules.priceBaseAfterYear.cbegin(), m_rules.priceBaseAfterYear.cend(),
                        [&](const QString &w) { return afterYear.startsWith(w); }))
            continue;
        const int year = m.value;
        // A misread or misprinted year (7997年) dates nothing; the next cue decides. Reports look
        // back to 1949 and 1978 and ahead to 2035 and 2050, never centuries away.
        if (year < 1900 || year > (reportYear > 0 ? reportYear : QDate::currentDate().year()) + 60)
            continue;
        years.append(m);
    }
    cues.years = CueIndex(years);
    return cues;
}

IndicatorExtractor::Period IndicatorExtractor::statedPeriod(qsizetype figureAt, qsizetype sentenceStart,
                                                            const ParsedNumber &number, const Place &place,
                                                            int reportYear) const
{
    const Context context = place.context;
    const int titleYear = place.titleYear;
    const ParagraphCues &cues = *place.cues;
    // The text from the start of the paragraph to the figure (at @p figureAt) holds the cues. Every cue
    // in it (a year, 今年, 去年, 五年来, 年均, 十四五) is a candidate; the one nearest the figure wins,
    // so a paragraph that opens with 过去五年 governs its sentences until one of them names another
    // period.
    Period p;
    const char *rule = "";
    auto span = [&](int start, int end, FigureKind kind) {
        p.start = start;
        p.end = end;
        p.kind = kind;
        p.rule = QLatin1String(rule);
        return p;
    };
    enum class Cue { None, FiveYearPlan, Forward, Backward, Average, Year, ThisYear, PastYear };
    Cue cue = Cue::None;
    qsizetype cueAt = -1;
    int cueYear = 0;
    auto consider = [&](qsizetype at, Cue kind, int year = 0) {
        if (at > cueAt || (at == cueAt && kind == Cue::Average)) {
            cueAt = at;
            cue = kind;
            cueYear = year;
        }
    };
    // A five-year plan named in the sentence (not earlier in the paragraph: explanations of annual
    // targets mention the plan they serve).
    const CueOccurrence *plan = cues.plans.lastWithin(sentenceStart, figureAt);
    const int sentencePlanStart = plan ? plan->value : 0;
    if (plan)
        consider(plan->start, Cue::FiveYearPlan, plan->value);
    consider(cues.forwardSpan.lastStartWithin(0, figureAt), Cue::Forward);
    consider(cues.backwardSpan.lastStartWithin(0, figureAt), Cue::Backward);
    // 年均 describes the figure right after it only.
    const qsizetype average = cues.average.lastStartWithin(0, figureAt);
    if (average >= 0 && figureAt - average <= 12)
        consider(average, Cue::Average);
    const CueOccurrence *year = cues.years.lastWithin(0, figureAt);
    const int sentenceYear =
        year && year->start >= sentenceStart ? year->value : 0; // an explicit year in the figure's own sentence
    if (year)
        consider(year->start, Cue::Year, year->value);
    consider(cues.thisYear.lastStartWithin(0, figureAt), Cue::ThisYear);
    // 去年 and the like count only within the sentence: a review paragraph often starts with 一年来.
    consider(cues.pastYear.lastStartWithin(0, figureAt), Cue::PastYear);

    switch (cue) {
    case Cue::FiveYearPlan: {
        rule = "plan-named";
        const bool over = reportYear > 0 && cueYear + 4 < reportYear;
        return span(cueYear, cueYear + 4, over || context == Context::Review ? FigureKind::Actual : FigureKind::Plan);
    }
    case Cue::Forward:
        rule = "span-cue";
        if (reportYear > 0)
            return span(reportYear, reportYear + 4, FigureKind::Plan);
        break;
    case Cue::Backward:
        rule = "span-cue";
        if (reportYear > 0)
            return span(reportYear - 5, reportYear - 1, FigureKind::Actual);
        break;
    case Cue::Average:
        rule = "average";
        // "按调整后的“八五”计划，…平均每年增长": the plan named in the sentence.
        if (sentencePlanStart > 0)
            return span(sentencePlanStart, sentencePlanStart + 4,
                        sentencePlanStart + 4 < reportYear ? FigureKind::Actual : FigureKind::Plan);
        // "2007年，国内生产总值达到…，年均增长10.6%": the five years up to the year named.
        if (sentenceYear > 0)
            return span(sentenceYear - 4, sentenceYear,
                        sentenceYear < reportYear || reportYear == 0 ? FigureKind::Actual : FigureKind::Plan);
        if (place.titlePlanStart > 0)
            return span(place.titlePlanStart, place.titlePlanStart + 4,
                        place.titlePlanStart + 4 < reportYear ? FigureKind::Actual : FigureKind::Plan);
        if (reportYear > 0)
            return context == Context::Review ? span(reportYear - 5, reportYear - 1, FigureKind::Actual)
                                              : span(reportYear, reportYear + 4, FigureKind::Plan);
        break;
    case Cue::Year: {
        rule = "year-stated";
        const int reference = reportYear > 0 ? reportYear : cueYear + 1;
        return span(cueYear, cueYear,
                    cueYear < reference        ? FigureKind::Actual
                        : cueYear == reference ? FigureKind::Target
                                               : FigureKind::Plan);
    }
    case Cue::ThisYear:
        rule = "this-year-cue";
        if (reportYear > 0)
            return span(reportYear, reportYear, FigureKind::Target);
        break;
    case Cue::PastYear:
        rule = "past-year-cue";
        if (reportYear > 0)
            return span(reportYear - 1, reportYear - 1, FigureKind::Actual);
        break;
    case Cue::None: break;
    }
    if (reportYear <= 0)
        return p;
    rule = "section";
    if (context == Context::Review && place.fiveYearReview)
        return span(reportYear - 5, reportYear - 1, FigureKind::Actual);
    // A review titled with the report's own year: a report delivered in December ("2017年工作回顾").
    if (context == Context::Review && titleYear > 0 && titleYear <= reportYear)
        return span(titleYear, titleYear, FigureKind::Actual);
    if (place.titlePlanStart > 0) // a section about a five-year plan: "二、“十三五”时期主要目标任务"
        return span(place.titlePlanStart, place.titlePlanStart + 4,
                    place.titlePlanStart + 4 < reportYear ? FigureKind::Actual : FigureKind::Plan);
    if (context == Context::Review)
        return span(reportYear - 1, reportYear - 1, FigureKind::Actual);
    if (context == Context::Plan)
        return span(titleYear >= reportYear ? titleYear : reportYear, titleYear >= reportYear ? titleYear : reportYear,
                    FigureKind::Target);
    const bool hedged = !number.qualifier.isEmpty() && number.qualifier != QStringLiteral("近")
        && number.qualifier != QStringLiteral("约");
    rule = "no-context";
    if (hedged || cues.target.lastWithin(sentenceStart, figureAt))
        return span(reportYear, reportYear, FigureKind::Target);
    return span(reportYear - 1, reportYear - 1, FigureKind::Actual);
}

IndicatorExtractor::Period IndicatorExtractor::periodOf(qsizetype figureAt, qsizetype sentenceStart,
                                                        const ParsedNumber &number, const Place &place,
                                                        int reportYear) const
{
    Period p = statedPeriod(figureAt, sentenceStart, number, place, reportYear);
    if (!p.valid() || reportYear <= 0 || p.start != p.end)
        return p;
    const ParagraphCues &cues = *place.cues;
    const QStringView paragraph = QStringView(place.text).mid(place.paragraphStart);
    const bool stated = p.rule == QLatin1String("year-stated") || p.rule == QLatin1String("this-year-cue");
    // 预计, 初步统计: an outcome not yet final, of the year under review. The word governs its
    // sentence up to the full stop ("预计，A；B；C。").
    const qsizetype estimateAt = cues.estimate.lastStartWithin(0, figureAt);
    if (estimateAt >= 0 && paragraph.left(figureAt).lastIndexOf(u'。') < estimateAt) {
        if (p.kind == FigureKind::Target && p.start == reportYear && !stated) {
            p.start = p.end = reportYear - 1;
            p.kind = FigureKind::Actual;
            p.rule = QStringLiteral("estimate");
        }
        p.estimated = p.kind == FigureKind::Actual;
        if (p.estimated && p.rule == QLatin1String("no-context"))
            p.rule = QStringLiteral("estimate"); // 预计 says which year: the one under review
        return p;
    }
    // 控制在, 预期, 目标, 力争, 确保 before the figure in its clause make it this year's target
    // wherever the paragraph stands ("将居民消费价格涨幅控制在3%左右，是综合考虑…后确定的").
    const qsizetype clause =
        cues.clauseTarget.lastStartWithin(0, figureAt) >= 0 ? clauseStart(paragraph, figureAt) : figureAt;
    // In a review, "居民消费价格涨幅控制在2.6%" is what was achieved.
    if (place.context != Context::Review && cues.clauseTarget.lastStartWithin(clause, figureAt) >= 0
        && p.kind == FigureKind::Actual) {
        // In a clause dated in the past, "控制在2.4%" is what was achieved, and "目标是增长7%左右"
        // quotes a past target, which is no figure of its own.
        const CueOccurrence *year = cues.years.lastWithin(clause, figureAt);
        if ((year && year->value < reportYear) || cues.pastYear.lastStartWithin(sentenceStart, figureAt) >= 0) {
            const qsizetype at = cues.clauseTarget.lastStartWithin(clause, figureAt);
            if (!std::any_of(m_rules.steeringCues.cbegin(), m_rules.steeringCues.cend(),
                             [&](const QString &w) { return paragraph.mid(at).startsWith(w); }))
                p.start = 0;
            return p;
        }
        p.start = p.end = reportYear;
        p.kind = FigureKind::Target;
        p.rule = QStringLiteral("target-cue");
    }
    return p;
}

Indicator::Confidence IndicatorExtractor::confidenceOf(const Indicator &figure, const Period &period) const
{
    if (period.rule == QLatin1String("no-context"))
        return Indicator::Confidence::Low;
    if (figure.estimated || figure.rule == QLatin1String("from-to") || figure.rule == QLatin1String("list")
        || m_rules.lowerBounds.contains(figure.qualifier))
        return Indicator::Confidence::Medium;
    return Indicator::Confidence::High;
}

} // namespace ReportLens
