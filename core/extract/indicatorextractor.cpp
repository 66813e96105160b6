#include "indicatorextractor.h"

#include "util/chinesetext.h"
#include "util/resourcefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>
#include <optional>
#include <tuple>

namespace ReportLens {

namespace {

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList list;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        list.append(v.toString());
    return list;
}

// Offsets of a text's sentences: split after 。！？；; and their ASCII forms.
QList<std::pair<qsizetype, qsizetype>> sentences(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> list;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        // A line break right after a list separator or inside a number ("分别增长6.1%、\n8.3%",
        // "230.\n4亿元") is a line wrapped by a page, not the end of a sentence.
        const bool wrapped = i < text.size() && text[i] == u'\n' && i > 0 && i + 1 < text.size()
                             && (QStringView(u"、，,").contains(text[i - 1])
                                 || ((text[i - 1].isDigit() || text[i - 1] == u'.') && (text[i + 1].isDigit() || text[i + 1] == u'%')));
        const bool end = i == text.size() || (text[i] == u'\n' && !wrapped) || text[i] == u'。' || text[i] == u'！'
                         || text[i] == u'？' || text[i] == u'；' || text[i] == u';' || text[i] == u'!' || text[i] == u'?';
        if (!end)
            continue;
        const qsizetype stop = i < text.size() && text[i] != u'\n' ? i + 1 : i;
        if (stop > start)
            list.append({start, stop});
        start = i + 1;
    }
    return list;
}

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
    static const QStringView numerals = u"〇○零一二三四五六七八九";
    auto isDigit = [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９'); };
    QList<CueOccurrence> years;
    for (qsizetype at = text.indexOf(u'年', 4); at >= 0; at = text.indexOf(u'年', at + 1)) {
        const QStringView digits = text.mid(at - 4, 4);
        const bool arabic = std::all_of(digits.begin(), digits.end(), isDigit);
        if (!arabic && !std::all_of(digits.begin(), digits.end(), [&](QChar c) { return numerals.contains(c); }))
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

} // namespace

IndicatorExtractor::FilteredPattern IndicatorExtractor::FilteredPattern::fromJson(const QJsonObject &o)
{
    return {QRegularExpression(o.value(QLatin1String("pattern")).toString(), QRegularExpression::UseUnicodePropertiesOption),
            strings(o, "literals")};
}

bool IndicatorExtractor::FilteredPattern::matches(QStringView text) const
{
    return std::any_of(literals.cbegin(), literals.cend(), [&](const QString &l) { return text.contains(l); })
           && regex.match(text).hasMatch();
}

IndicatorExtractor::IndicatorExtractor(IndicatorCatalog catalog, const QString &rulesPath)
    : m_catalog(std::move(catalog))
    , m_numbers(m_catalog.units, m_catalog.qualifiersBefore, m_catalog.qualifiersAfter, m_catalog.magnitudes)
{
    for (const CatalogAlias &a : m_catalog.aliases)
        m_phrases.append({a.alias, &a, nullptr});
    for (const CatalogDistribution &d : m_catalog.distributions)
        m_phrases.append({d.alias, nullptr, &d});
    std::stable_sort(m_phrases.begin(), m_phrases.end(),
                     [](const Phrase &a, const Phrase &b) { return a.text.size() > b.text.size(); });
    m_slotOfFirst.assign(0x10000, -1);
    for (qsizetype i = 0; i < m_phrases.size(); ++i) {
        if (m_phrases[i].text.isEmpty())
            continue;
        qint32 &slot = m_slotOfFirst[m_phrases[i].text.front().unicode()];
        if (slot < 0) {
            slot = qint32(m_phrasesByFirst.size());
            m_phrasesByFirst.append(QList<qsizetype>());
        }
        m_phrasesByFirst[slot].append(i);
    }

    const QJsonObject context = loadJsonResource(rulesPath).value(QLatin1String("context")).toObject();
    const auto options = QRegularExpression::UseUnicodePropertiesOption;
    m_reviewTitles = QRegularExpression(context.value(QLatin1String("reviewTitles")).toString(), options);
    m_planTitles = QRegularExpression(context.value(QLatin1String("planTitles")).toString(), options);
    m_baseComparison = QRegularExpression(context.value(QLatin1String("baseComparison")).toString(), options);
    m_fiveYearPlan = QRegularExpression(QStringLiteral("第?([一二三四五六七八九十]{1,3})个?五(年计划|年规划|”|\")?"), options);
    m_yearOfValue = QRegularExpression(QStringLiteral("([0-9０-９]{4}|[一二三四五六七八九〇○零]{4})年的?$"), options);
    m_targetCues = strings(context, "targetCues");
    m_pastYearCues = strings(context, "pastYearCues");
    m_thisYearCues = strings(context, "thisYearCues");
    m_forwardSpanCues = strings(context, "forwardSpanCues");
    m_backwardSpanCues = strings(context, "backwardSpanCues");
    m_averageCues = strings(context, "averageCues");
    m_growthVerbs = strings(context, "growthVerbs");
    m_declineVerbs = strings(context, "declineVerbs");
    m_cumulativeCues = strings(context, "cumulativeCues");
    m_clauseTargetCues = strings(context, "clauseTargetCues");
    m_estimateCues = strings(context, "estimateCues");
    m_rateWords = strings(context, "rateWords");
    m_changeVerbs = strings(context, "changeVerbs");
    m_shareCues = strings(context, "shareCues");
    m_shareRightBefore = strings(context, "shareRightBefore");
    m_ratioRightBefore = strings(context, "ratioRightBefore");
    m_otherQuantityCues = strings(context, "otherQuantityCues");
    m_priceBaseAfterYear = strings(context, "priceBaseAfterYear");
    m_partOfYear = FilteredPattern::fromJson(context.value(QLatin1String("partOfYear")).toObject());
    m_lowerBounds = strings(context, "lowerBounds");
    m_listSeparators = strings(context, "listSeparators");
    m_fiveYearReviewTitles = m_backwardSpanCues + strings(context, "fiveYearReviewTitles");
    m_multiYear = FilteredPattern::fromJson(context.value(QLatin1String("multiYear")).toObject());
    m_baseMultiple = QRegularExpression(context.value(QLatin1String("baseMultiple")).toString(), options);
    m_comparisonVerbs = strings(context, "comparisonVerbs");
    m_fromWords = strings(context, "fromWords");
    m_steeringCues = strings(context, "steeringCues");
    m_partOfRegion = FilteredPattern::fromJson(context.value(QLatin1String("partOfRegion")).toObject());
    for (const QJsonValue &v : context.value(QLatin1String("fiveYearPlanStarts")).toArray())
        m_fiveYearPlanStarts.append(v.toInt());
    m_cueWords = CueDictionary({m_forwardSpanCues, m_backwardSpanCues, m_averageCues, m_thisYearCues, m_pastYearCues,
                                m_targetCues, m_growthVerbs, m_declineVerbs, m_clauseTargetCues, m_estimateCues,
                                m_rateWords});
    m_quoteMaxLength = context.value(QLatin1String("quoteMaxLength")).toInteger(m_quoteMaxLength);
}

QString IndicatorExtractor::rulesVersion()
{
    // Raise when a change of this code changes which figures are read.
    constexpr int codeRevision = 13;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const char *file : {":/indicators.json", ":/outline.json", ":/cleaning.json"}) {
        QFile f{QString::fromLatin1(file)};
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return QStringLiteral("%1-%2").arg(codeRevision).arg(QString::fromLatin1(hash.result().toHex().left(12)));
}

bool IndicatorExtractor::containsAny(QStringView text, const QStringList &words) const
{
    return std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return text.contains(w); });
}

QList<IndicatorExtractor::Mention> IndicatorExtractor::findMentions(QStringView sentence) const
{
    QList<Mention> mentions;
    qsizetype i = 0;
    while (i < sentence.size()) {
        const Phrase *match = nullptr;
        // Only phrases starting with this character, longest first.
        if (const qint32 slot = m_slotOfFirst[sentence[i].unicode()]; slot >= 0)
            for (qsizetype index : m_phrasesByFirst[slot])
                if (sentence.mid(i).startsWith(m_phrases[index].text)) {
                    match = &m_phrases[index];
                    break;
                }
        if (!match) {
            ++i;
            continue;
        }
        const qsizetype end = i + match->text.size();
        const QStringView before = sentence.left(i);
        const QStringView after = sentence.mid(end);
        const bool distractor =
            std::any_of(m_catalog.distractorsBefore.cbegin(), m_catalog.distractorsBefore.cend(),
                        [&](const QString &w) { return before.endsWith(w); })
            || std::any_of(m_catalog.distractorsAfter.cbegin(), m_catalog.distractorsAfter.cend(),
                           [&](const QString &w) { return after.startsWith(w); })
            || before.endsWith(u"对") || before.endsWith(u"服务业");
        // A distractor still ends the previous mention's stretch: its numbers are not the indicator.
        mentions.append({i, end, distractor ? nullptr : match});
        i = end;
    }
    return mentions;
}

QString IndicatorExtractor::metricOf(const CatalogIndicator &indicator, const QStringList &allowed,
                                     const ParsedNumber &number) const
{
    auto permitted = [&](const char *metric) {
        const QString m = QLatin1String(metric);
        return indicator.metrics.contains(m) && (allowed.isEmpty() || allowed.contains(m));
    };
    if (number.unit == QStringLiteral("%") || number.unit == QStringLiteral("％")) {
        if (permitted("rate"))
            return QStringLiteral("rate");
        if (permitted("growth"))
            return QStringLiteral("growth");
        return {};
    }
    // A level in a unit that does not convert (亿美元 for a total in 亿元) is kept as written.
    if (!number.unit.isEmpty() && permitted("level")
        && (m_catalog.conversion(indicator, number.unit) > 0 || m_catalog.keptAsWritten.value(indicator.unit).contains(number.unit)))
        return QStringLiteral("level");
    return {};
}

IndicatorExtractor::Context IndicatorExtractor::contextAt(const QList<Section> &sections, qsizetype position,
                                                          int *titleYear, bool *fiveYearReview, int *titlePlanStart) const
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
                const QRegularExpressionMatch plan = m_fiveYearPlan.match(s.title);
                if (plan.hasMatch() && plan.captured(0).startsWith(u'十')) {
                    const int n = ChineseText::parseChineseNumber(plan.captured(1));
                    if (n > 0 && n <= m_fiveYearPlanStarts.size())
                        *titlePlanStart = m_fiveYearPlanStarts[n - 1];
                }
                if (m_reviewTitles.match(s.title).hasMatch()) {
                    context = Context::Review;
                    *fiveYearReview = containsAny(s.title, m_fiveYearReviewTitles);
                }
                else if (m_planTitles.match(s.title).hasMatch())
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
        const QRegularExpressionMatch m = m_fiveYearPlan.match(paragraph.mid(from, std::min(paragraph.size(), five + 8) - from));
        if (!m.hasMatch() || from + m.capturedStart() > five || from + m.capturedEnd() <= five)
            continue;
        lastEnd = from + m.capturedEnd();
        const QStringView before = paragraph.left(from + m.capturedStart());
        if (before.endsWith(u"较") || before.endsWith(u"比") || before.endsWith(u"较“") || before.endsWith(u"比“"))
            continue;
        const int n = ChineseText::parseChineseNumber(m.captured(1));
        const bool named = m.captured(0).startsWith(u'十') || m.captured(0).startsWith(u'第') || !m.captured(2).isEmpty();
        if (named && n > 0 && n <= m_fiveYearPlanStarts.size())
            plans.append({from + m.capturedStart(), from + m.capturedEnd(), m_fiveYearPlanStarts[n - 1]});
    }
    cues.plans = CueIndex(plans);

    QList<CueOccurrence> years;
    for (const CueOccurrence &m : findYears(paragraph)) {
        const QStringView before = paragraph.left(m.start);
        // "到一九四九年，粮食产量只有…" dates what follows; "从2018年的…增加到2023年的…" compares.
        const bool timePoint = m.end < paragraph.size() && QStringView(u"，,").contains(paragraph[m.end]);
        if (before.endsWith(u"比") || before.endsWith(u"较") || before.endsWith(u"从") || before.endsWith(u"由") || before.endsWith(u"同")
            || (before.endsWith(u"到") && !timePoint) || before.endsWith(u"与") || before.endsWith(u"和"))
            continue;
        // "是2011年的2倍": the base of a multiple, not the year of the figure before it.
        if (m.end < paragraph.size() && paragraph[m.end] == u'的' && m_baseMultiple.match(paragraph.mid(m.end, 12)).hasMatch())
            continue;
        // "2300元（2010年不变价）": the prices a figure is measured in.
        const QStringView afterYear = paragraph.mid(m.end, 4);
        if (std::any_of(m_priceBaseAfterYear.cbegin(), m_priceBaseAfterYear.cend(), [&](const QString &w) { return afterYear.startsWith(w); }))
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
    auto span = [&](int start, int end, const char *kind) {
        p.start = start;
        p.end = end;
        p.kind = QLatin1String(kind);
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
    const int sentenceYear = year && year->start >= sentenceStart ? year->value : 0; // an explicit year in the figure's own sentence
    if (year)
        consider(year->start, Cue::Year, year->value);
    consider(cues.thisYear.lastStartWithin(0, figureAt), Cue::ThisYear);
    // 去年 and the like count only within the sentence: a review paragraph often starts with 一年来.
    consider(cues.pastYear.lastStartWithin(0, figureAt), Cue::PastYear);

    switch (cue) {
    case Cue::FiveYearPlan: {
        rule = "plan-named";
        const bool over = reportYear > 0 && cueYear + 4 < reportYear;
        return span(cueYear, cueYear + 4, over || context == Context::Review ? "actual" : "plan");
    }
    case Cue::Forward:
        rule = "span-cue";
        if (reportYear > 0)
            return span(reportYear, reportYear + 4, "plan");
        break;
    case Cue::Backward:
        rule = "span-cue";
        if (reportYear > 0)
            return span(reportYear - 5, reportYear - 1, "actual");
        break;
    case Cue::Average:
        rule = "average";
        // "按调整后的“八五”计划，…平均每年增长": the plan named in the sentence.
        if (sentencePlanStart > 0)
            return span(sentencePlanStart, sentencePlanStart + 4,
                        sentencePlanStart + 4 < reportYear ? "actual" : "plan");
        // "2007年，国内生产总值达到…，年均增长10.6%": the five years up to the year named.
        if (sentenceYear > 0)
            return span(sentenceYear - 4, sentenceYear, sentenceYear < reportYear || reportYear == 0 ? "actual" : "plan");
        if (place.titlePlanStart > 0)
            return span(place.titlePlanStart, place.titlePlanStart + 4,
                        place.titlePlanStart + 4 < reportYear ? "actual" : "plan");
        if (reportYear > 0)
            return context == Context::Review ? span(reportYear - 5, reportYear - 1, "actual")
                                              : span(reportYear, reportYear + 4, "plan");
        break;
    case Cue::Year: {
        rule = "year-stated";
        const int reference = reportYear > 0 ? reportYear : cueYear + 1;
        return span(cueYear, cueYear, cueYear < reference ? "actual" : cueYear == reference ? "target" : "plan");
    }
    case Cue::ThisYear:
        rule = "this-year-cue";
        if (reportYear > 0)
            return span(reportYear, reportYear, "target");
        break;
    case Cue::PastYear:
        rule = "past-year-cue";
        if (reportYear > 0)
            return span(reportYear - 1, reportYear - 1, "actual");
        break;
    case Cue::None:
        break;
    }
    if (reportYear <= 0)
        return p;
    rule = "section";
    if (context == Context::Review && place.fiveYearReview)
        return span(reportYear - 5, reportYear - 1, "actual");
    // A review titled with the report's own year: a report delivered in December ("2017年工作回顾").
    if (context == Context::Review && titleYear > 0 && titleYear <= reportYear)
        return span(titleYear, titleYear, "actual");
    if (place.titlePlanStart > 0) // a section about a five-year plan: "二、“十三五”时期主要目标任务"
        return span(place.titlePlanStart, place.titlePlanStart + 4,
                    place.titlePlanStart + 4 < reportYear ? "actual" : "plan");
    if (context == Context::Review)
        return span(reportYear - 1, reportYear - 1, "actual");
    if (context == Context::Plan)
        return span(titleYear >= reportYear ? titleYear : reportYear, titleYear >= reportYear ? titleYear : reportYear,
                    "target");
    const bool hedged = !number.qualifier.isEmpty() && number.qualifier != QStringLiteral("近")
                        && number.qualifier != QStringLiteral("约");
    rule = "no-context";
    if (hedged || cues.target.lastWithin(sentenceStart, figureAt))
        return span(reportYear, reportYear, "target");
    return span(reportYear - 1, reportYear - 1, "actual");
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
        if (p.kind == QLatin1String("target") && p.start == reportYear && !stated) {
            p.start = p.end = reportYear - 1;
            p.kind = QStringLiteral("actual");
            p.rule = QStringLiteral("estimate");
        }
        p.estimated = p.kind == QLatin1String("actual");
        if (p.estimated && p.rule == QLatin1String("no-context"))
            p.rule = QStringLiteral("estimate"); // 预计 says which year: the one under review
        return p;
    }
    // 控制在, 预期, 目标, 力争, 确保 before the figure in its clause make it this year's target
    // wherever the paragraph stands ("将居民消费价格涨幅控制在3%左右，是综合考虑…后确定的").
    const qsizetype clause = cues.clauseTarget.lastStartWithin(0, figureAt) >= 0 ? clauseStart(paragraph, figureAt) : figureAt;
    // In a review, "居民消费价格涨幅控制在2.6%" is what was achieved.
    if (place.context != Context::Review && cues.clauseTarget.lastStartWithin(clause, figureAt) >= 0
        && p.kind == QLatin1String("actual")) {
        // In a clause dated in the past, "控制在2.4%" is what was achieved, and "目标是增长7%左右"
        // quotes a past target, which is no figure of its own.
        const CueOccurrence *year = cues.years.lastWithin(clause, figureAt);
        if ((year && year->value < reportYear) || cues.pastYear.lastStartWithin(sentenceStart, figureAt) >= 0) {
            const qsizetype at = cues.clauseTarget.lastStartWithin(clause, figureAt);
            if (!std::any_of(m_steeringCues.cbegin(), m_steeringCues.cend(),
                             [&](const QString &w) { return paragraph.mid(at).startsWith(w); }))
                p.start = 0;
            return p;
        }
        p.start = p.end = reportYear;
        p.kind = QStringLiteral("target");
        p.rule = QStringLiteral("target-cue");
    }
    return p;
}

Indicator::Confidence IndicatorExtractor::confidenceOf(const Indicator &figure, const Period &period) const
{
    if (period.rule == QLatin1String("no-context"))
        return Indicator::Confidence::Low;
    if (figure.estimated || figure.rule == QLatin1String("from-to") || figure.rule == QLatin1String("list")
        || m_lowerBounds.contains(figure.qualifier))
        return Indicator::Confidence::Medium;
    return Indicator::Confidence::High;
}

void IndicatorExtractor::addFigure(QList<Indicator> &out, const CatalogIndicator &indicator, const QString &metric,
                                   const ParsedNumber &number, const Period &period, bool declines,
                                   qsizetype offset) const
{
    Indicator figure;
    figure.indicatorId = indicator.id;
    figure.metric = metric;
    figure.kind = period.kind;
    figure.periodStart = period.start;
    figure.periodEnd = period.end;
    figure.value = number.value;
    figure.valueHigh = number.high;
    figure.unit = number.unit;
    figure.qualifier = number.qualifier;
    figure.numberStart = offset + number.start;
    figure.numberEnd = offset + number.end;
    if (metric == QStringLiteral("growth")) {
        if (declines) {
            figure.value = -figure.value;
            if (figure.valueHigh)
                figure.valueHigh = -*figure.valueHigh;
        }
    }
    if (metric == QStringLiteral("level")) {
        if (const double factor = m_catalog.conversion(indicator, number.unit); factor > 0)
            figure.valueInCatalogUnit = figure.value * factor;
    } else {
        figure.valueInCatalogUnit = figure.value;
    }
    out.append(figure);
}

QList<std::optional<IndicatorExtractor::ListShare>> IndicatorExtractor::listShares(QStringView sentence,
                                                                                   const QList<Mention> &mentions) const
{
    QList<std::optional<ListShare>> shares(mentions.size());
    auto isItem = [&](qsizetype m) { return mentions[m].phrase && mentions[m].phrase->alias; };
    auto separator = [&](QStringView gap) {
        const QStringView word = ChineseText::trimmed(gap);
        return std::any_of(m_listSeparators.cbegin(), m_listSeparators.cend(), [&](const QString &w) { return word == w; });
    };
    for (qsizetype last = 0; last < mentions.size(); ++last) {
        if (!isItem(last))
            continue;
        const qsizetype scopeEnd = last + 1 < mentions.size() ? mentions[last + 1].start : sentence.size();
        const QStringView scope = sentence.mid(mentions[last].end, scopeEnd - mentions[last].end);
        qsizetype at = scope.indexOf(u"分别");
        qsizetype from = mentions[last].end + at + 2;
        qsizetype listStart = mentions[last].end + at;
        if (at < 0) {
            // No 分别, but a later clause of figures joined by 和 or 、 ("，实际增长9.8%和8.5%") after
            // names that each stated a figure of their own.
            at = joinedFiguresAt(scope);
            if (at < 0)
                continue;
            from = listStart = mentions[last].end + at;
        }
        const QList<ParsedNumber> after = m_numbers.findAll(sentence.mid(from, scopeEnd - from));
        const qsizetype percents = std::count_if(after.cbegin(), after.cend(), isPercent);
        const qsizetype items = std::max(percents, after.size() - percents);
        if (items < 2)
            continue;
        const bool ownFigures = !m_numbers.findAll(scope.left(at)).isEmpty();
        // Names joined by 、和及与, then their figures: "地区生产总值、固定资产投资分别增长9%、12%". Names
        // the catalog does not know count as items too: "财政总收入和地方公共财政预算收入分别达到36.5亿元、24.2亿元".
        qsizetype first = last;
        while (first > 0 && isItem(first - 1)
               && separator(sentence.mid(mentions[first - 1].end, mentions[first].start - mentions[first - 1].end)))
            --first;
        if (first < last || !ownFigures) {
            const qsizetype clause = clauseStart(sentence, mentions[first].start);
            const QStringView head = sentence.mid(clause, mentions[first].start - clause);
            qsizetype others = 0;
            for (const QString &w : m_listSeparators)
                if (w.size() == 1) // 以及 is counted by its 及
                    others += head.count(w);
            if (others + (last - first + 1) != items)
                continue; // the names and the figures do not pair up: leave the sentence to the usual reading
            for (qsizetype m = first; m <= last; ++m)
                shares[m] = ListShare{from, scopeEnd, int(others + m - first), false, listStart};
            continue;
        }
        // Names each with figures of their own, then 分别 with one more for each:
        // "城镇居民人均可支配收入14020元，农民人均纯收入5075元，分别增长9%和8%".
        qsizetype start = last;
        while (last - start + 1 < items && start > 0 && isItem(start - 1))
            --start;
        // Names the catalog does not know, each with an amount of its own in an earlier clause,
        // are items too: "财政总收入150.7亿元，其中地方财政收入81.45亿元，分别增长21.2%和19.7%".
        qsizetype others = 0;
        if (last - start + 1 < items)
            for (const QStringView clause : sentence.left(mentions[start].start).split(u'，')) {
                const QList<ParsedNumber> numbers = m_numbers.findAll(clause);
                others += std::any_of(numbers.cbegin(), numbers.cend(),
                                      [](const ParsedNumber &n) { return !isPercent(n) && !n.unit.isEmpty(); });
            }
        if (others + (last - start + 1) != items)
            continue;
        for (qsizetype m = start; m <= last; ++m)
            shares[m] = ListShare{from, scopeEnd, int(others + m - start), true, listStart};
    }
    return shares;
}

qsizetype IndicatorExtractor::joinedFiguresAt(QStringView scope) const
{
    // The last clause of the stretch, if it holds two or more percentages and nothing else between
    // them than a list separator.
    qsizetype end = scope.size();
    while (end > 0 && QStringView(u"。；;！？!?").contains(scope[end - 1]))
        --end;
    const qsizetype clause = clauseStart(scope, end);
    if (clause == 0 || scope.mid(clause).count(u'%') + scope.mid(clause).count(u'％') < 2)
        return -1;
    const QList<ParsedNumber> numbers = m_numbers.findAll(scope.mid(clause));
    if (numbers.size() < 2 || !std::all_of(numbers.cbegin(), numbers.cend(), isPercent))
        return -1;
    for (qsizetype n = 1; n < numbers.size(); ++n) {
        const QStringView gap = ChineseText::trimmed(scope.mid(clause + numbers[n - 1].end, numbers[n].start - numbers[n - 1].end));
        if (!std::any_of(m_listSeparators.cbegin(), m_listSeparators.cend(), [&](const QString &w) { return gap == w; }))
            return -1;
    }
    return clause;
}

QList<ParsedNumber> IndicatorExtractor::numbersOf(const Mention &mention, QStringView sentence, qsizetype scopeEnd,
                                                  const std::optional<ListShare> &share) const
{
    QList<ParsedNumber> numbers;
    if (!share || share->ownScope) {
        const qsizetype end = share && share->ownEnd >= mention.end && share->ownEnd < scopeEnd ? share->ownEnd : scopeEnd;
        numbers = m_numbers.findAll(sentence.mid(mention.end, end - mention.end));
    }
    if (share) {
        // The index-th percentage and the index-th amount after 分别, at their places in the sentence.
        qsizetype percents = 0, amounts = 0;
        for (ParsedNumber n : m_numbers.findAll(sentence.mid(share->from, share->to - share->from))) {
            qsizetype &count = isPercent(n) ? percents : amounts;
            if (count++ != share->index)
                continue;
            n.start += share->from - mention.end;
            n.end += share->from - mention.end;
            numbers.append(n);
        }
    }
    return numbers;
}

bool IndicatorExtractor::notAnnualFigure(QStringView sentence, qsizetype mentionEnd, const ParsedNumber &number,
                                         const QString &metric) const
{
    const qsizetype at = mentionEnd + number.start;
    const QStringView between = sentence.mid(mentionEnd, std::max<qsizetype>(0, number.start));
    // "全省占比分别达到32.4%": a share of something larger.
    if (containsAny(between, m_shareCues)
        || std::any_of(m_shareRightBefore.cbegin(), m_shareRightBefore.cend(), [&](const QString &w) { return between.endsWith(w); }))
        return true;
    // "完成年度计划的102%": a ratio, not a rate of growth.
    if (isPercent(number)
        && std::any_of(m_ratioRightBefore.cbegin(), m_ratioRightBefore.cend(), [&](const QString &w) { return between.endsWith(w); }))
        return true;
    // "经济增长连续三年保持在7%以上": a statement about several years.
    // "经济增长连续三年保持在7%以上", "上半年又比去年同期增长20.2%": several years, or part of one,
    // named in the figure's clause or in a short clause that opens the sentence ("这两年中，", "1-11月，").
    const qsizetype clause = clauseStart(sentence, at);
    const qsizetype opening = sentence.indexOf(u'，');
    for (const FilteredPattern *notOneYear : {&m_multiYear, &m_partOfYear})
        if (notOneYear->matches(sentence.mid(clause, at - clause))
            || (opening > 0 && opening <= 10 && opening < clause && notOneYear->matches(sentence.left(opening))))
            return true;
    // "城镇新增就业目标比上年增加50万人", "高出全国平均水平989元": a difference, not a level.
    if (metric == QLatin1String("level")) {
        QStringView before = between;
        if (before.isEmpty())
            return false;
        for (const QString &q : m_catalog.qualifiersBefore)
            if (before.endsWith(q)) {
                before.chop(q.size());
                break;
            }
        // A comparison verb earlier in the clause: "高出全省平均水平560元".
        const QStringView near = before.mid(std::max(clauseStart(before, before.size()), before.size() - 14));
        const bool compared = std::any_of(m_comparisonVerbs.cbegin(), m_comparisonVerbs.cend(), [&](const QString &v) {
            const qsizetype at = near.lastIndexOf(v);
            return at >= 0 && near.size() - at - v.size() <= 12;
        });
        if (compared
            || std::any_of(m_changeVerbs.cbegin(), m_changeVerbs.cend(), [&](const QString &v) { return before.endsWith(v); })
            || std::any_of(m_changeVerbs.cbegin(), m_changeVerbs.cend(),
                           [&](const QString &v) { return before.endsWith(v + u'了'); }))
            return true;
    }
    return false;
}

void IndicatorExtractor::readMention(const Place &place, const Mention &mention, qsizetype previousEnd,
                                     QStringView sentence, qsizetype scopeEnd, const std::optional<ListShare> &share,
                                     QList<Indicator> &out) const
{
    const QStringView scope = sentence.mid(mention.end, scopeEnd - mention.end);
    const QList<ParsedNumber> numbers = numbersOf(mention, sentence, scopeEnd, share);
    const bool distribution = mention.phrase->distribution != nullptr;
    const QStringList targets = distribution ? mention.phrase->distribution->indicatorIds
                                             : QStringList{mention.phrase->alias->indicatorId};
    const QStringList allowed = distribution ? QStringList() : mention.phrase->alias->metrics;

    // "从54万亿元增加到82.7万亿元": values after 到 are the later ones, before it the earlier ones.
    qsizetype fromAt = -1;
    for (const QString &w : m_fromWords)
        if (const qsizetype at = scope.indexOf(w); at >= 0 && (fromAt < 0 || at < fromAt))
            fromAt = at;
    // The 到 after the first value: "从不到800亿元增加到超过1200亿元" has one inside its qualifier.
    const qsizetype toAt = fromAt >= 0 && !numbers.isEmpty() ? scope.indexOf(u'到', numbers.first().end) : -1;
    const bool fromTo = fromAt >= 0 && toAt > fromAt && !numbers.isEmpty() && fromAt < numbers.first().start;
    const bool cumulativeBefore =
        containsAny(sentence.mid(std::max<qsizetype>(0, mention.start - 4), std::min<qsizetype>(4, mention.start)),
                    m_cumulativeCues);
    // What stands between the name and each of its figures is looked up once for the stretch, not
    // again for every figure (a stretch may hold thousands): where the first cumulative cue ends,
    // where the first 均 and 年均 are.
    qsizetype cumulativeEnd = std::numeric_limits<qsizetype>::max();
    // (Not "累计同比上涨1.3%": the year to date against the same months before, a year's figure.)
    for (const QString &w : m_cumulativeCues)
        if (const qsizetype at = scope.indexOf(w); at >= 0 && !scope.mid(at + w.size()).startsWith(u"同比"))
            cumulativeEnd = std::min(cumulativeEnd, at + w.size());
    const qsizetype eachAt = scope.indexOf(u'均');
    const qsizetype yearlyAt = scope.indexOf(u"年均");
    // The first base of comparison after the previous name ("比2015年", "较“十二五”末"). The pattern
    // has no anchors or lookarounds, so a match in the text up to a figure is a match in the whole
    // stretch: the first one there is the first one before the figure when it ends before it.
    std::optional<QRegularExpressionMatch> firstBase;
    auto baseBefore = [&](qsizetype until) -> QRegularExpressionMatch {
        if (!firstBase)
            firstBase = m_baseComparison.match(sentence.mid(previousEnd, scopeEnd - previousEnd));
        const qsizetype windowEnd = until - previousEnd;
        if (!firstBase->hasMatch() || firstBase->capturedStart() >= windowEnd)
            return QRegularExpressionMatch();
        if (firstBase->capturedEnd() <= windowEnd)
            return *firstBase;
        return m_baseComparison.match(sentence.mid(previousEnd, windowEnd)); // one that runs on past the figure
    };
    QSet<QString> taken; // one figure per indicator, metric and period in a stretch
    QSet<QString> consumed; // metrics whose figure was found but is not one (a cumulative total, an average)
    qsizetype slot = 0, laterSlot = 0;
    const CatalogIndicator *first = m_catalog.indicator(targets.first());
    for (qsizetype n = 0; n < numbers.size(); ++n) {
        const ParsedNumber &number = numbers[n];
        // "粮食产量达到43524万吨，棉花产量达到566.3万吨，农业总产值增长3%": a later clause that names
        // another quantity ends this name's stretch (figures shared by a list come from their own place).
        if (!share) {
            const qsizetype at = mention.end + number.start;
            const qsizetype clause = clauseStart(sentence, at);
            if (clause > mention.end && containsAny(sentence.mid(clause, at - clause), m_otherQuantityCues))
                break;
        }
        // "突破一万亿元，达到10505.3亿元": a round bound yields to the exact figure right after it.
        if (first && n + 1 < numbers.size() && isPercent(number) == isPercent(numbers[n + 1])
            && numbers[n + 1].qualifier.isEmpty() && m_lowerBounds.contains(number.qualifier)
            && numbers[n + 1].start - number.end <= 12
            && numbers[n + 1].value * m_catalog.conversion(*first, numbers[n + 1].unit)
                   >= number.value * m_catalog.conversion(*first, number.unit))
            continue;
        const bool later = fromTo && number.start > toAt;
        qsizetype &counter = later ? laterSlot : slot;
        // 城乡常住居民人均可支配收入均增长6%左右: one figure for each of them.
        const bool each = distribution && eachAt >= 0 && eachAt < number.start
                          && !(yearlyAt >= 0 && yearlyAt + 2 <= number.start);
        const QStringList receivers = each ? targets : QStringList{targets[counter % targets.size()]};
        ++counter;
        for (const QString &id : receivers) {
            const CatalogIndicator *indicator = m_catalog.indicator(id);
            if (!indicator)
                continue;
            const QString metric = metricOf(*indicator, allowed, number);
            if (metric.isEmpty()
                || notAnnualFigure(sentence, mention.end, number, metric))
                continue;
            if (consumed.contains(id + metric))
                continue;
            const bool sums = indicator->levelOverSpan == QStringLiteral("sum") && metric == QStringLiteral("level");
            // A cumulative total is the indicator only where it adds up over a span (累计新增城镇就业).
            if ((cumulativeBefore || cumulativeEnd <= number.start) && !sums) {
                consumed.insert(id + metric);
                continue;
            }
            const qsizetype absolute = place.sentenceStart + mention.end + number.start;
            const QStringView paragraphPrefix = QStringView(place.text).mid(place.paragraphStart, absolute - place.paragraphStart);
            Period period = periodOf(absolute - place.paragraphStart, place.sentenceStart - place.paragraphStart, number,
                                     place, place.reportYear);
            // "由2011年的1.24万亿元增加到…", "达到2007年的7345.7亿元": the text dates the value itself.
            const qsizetype numberAt = mention.end + number.start;
            const QRegularExpressionMatch dated =
                m_yearOfValue.match(sentence.mid(std::max<qsizetype>(0, numberAt - 8), std::min<qsizetype>(8, numberAt)));
            const int datedYear = dated.hasMatch() ? ChineseText::parseNumber(dated.captured(1)) : 0;
            if (datedYear >= 1900) {
                period.start = period.end = datedYear;
                period.kind = place.reportYear == 0 || datedYear < place.reportYear ? QStringLiteral("actual")
                              : datedYear == place.reportYear                     ? QStringLiteral("target")
                                                                                  : QStringLiteral("plan");
                period.rule = QStringLiteral("year-stated");
            }
            if (!period.valid())
                continue;
            // "平均每年城镇新增就业1000多万人": an annual average of a flow is neither a year's figure nor the span's.
            if (sums && containsAny(paragraphPrefix.right(16), m_averageCues)) {
                consumed.insert(id + metric);
                continue;
            }
            // Growth against a base other than the year before is not an annual rate:
            // 比2015年下降21%, 较“十二五”末增长27.7%.
            // The comparison may open the clause before the name: "2005年与2000年相比，国内生产总值增长57.3%".
            const QRegularExpressionMatch base = baseBefore(mention.end + number.start);
            // "比2002年增长65.5%，年均增长10.6%": the average is a rate whatever the base.
            const bool averaged = containsAny(paragraphPrefix.right(8), m_averageCues);
            if (base.hasMatch() && metric == QStringLiteral("growth") && !averaged) {
                const QString against = base.captured(2);
                const int baseYear = against.endsWith(u'年') ? ChineseText::parseNumber(against.chopped(1)) : 0;
                // Over a span, growth against the year before it is the cumulative growth, not a rate.
                const bool previous = against == QStringLiteral("上年") || against == QStringLiteral("去年")
                                      || baseYear == period.start - 1;
                if (!previous || period.start != period.end)
                    continue;
            }
            if (metric == QStringLiteral("level") && fromTo) {
                // The earlier value stands at the start: the year before the span (or before the year),
                // unless the text dates each end: "由2002年的3519.7亿元增加到2007年的7345.7亿元".
                const int end = period.end;
                const int start = period.start != period.end ? period.start - 1 : period.end - 1;
                period.start = period.end = datedYear >= 1900 ? datedYear : later ? end : start;
            } else if (fromTo && !later && period.start == period.end) {
                // "物价涨幅要从14.8%回落到10%以内": the earlier rate is the year before's outcome.
                period.start = period.end = period.start - 1;
                period.kind = QStringLiteral("actual");
            } else if (metric == QStringLiteral("level") && period.start != period.end && !sums
                       && !containsAny(paragraphPrefix.right(12), m_averageCues)) {
                // A level is a point in time: at the end of a span (“十三五”期间…达到48643元).
                period.start = period.end;
            }
            const QString key = indicator->id + u'/' + metric + u'/' + QString::number(period.start);
            if (taken.contains(key))
                continue;
            taken.insert(key);
            // The verb nearest before the number decides the sign: 同比下降13% → −13. Only a fall of the
            // quantity itself: "涨幅回落到1.8%", "增速下降到6%" are rates of growth, still rising.
            const qsizetype mentionAt = place.sentenceStart + mention.start - place.paragraphStart;
            const qsizetype at = absolute - place.paragraphStart;
            const CueOccurrence *decline = place.cues->decline.lastWithin(mentionAt, at);
            const QStringView paragraph = QStringView(place.text).mid(place.paragraphStart);
            const bool declines = decline && number.value > 0
                                  && decline->start > place.cues->growth.lastStartWithin(mentionAt, at)
                                  && !QStringView(u"到至").contains(paragraph.mid(decline->end, 1))
                                  && place.cues->rateWords.lastStartWithin(mentionAt, decline->start) < 0;
            addFigure(out, *indicator, metric, number, period, declines, place.sentenceStart + mention.end);
            Indicator &figure = out.last();
            figure.estimated = period.estimated;
            figure.rule = share ? QStringLiteral("list") : period.rule;
            if (fromTo)
                figure.rule = QStringLiteral("from-to");
            figure.confidence = confidenceOf(figure, period);
            quote(figure, place);
        }
        if (!distribution && taken.size() >= figureBudget(targets.first(), fromTo))
            break;
    }
}

void IndicatorExtractor::quote(Indicator &figure, const Place &place) const
{
    figure.sentenceStart = place.sentenceStart;
    figure.sentenceEnd = place.sentenceEnd;
    if (place.sentenceEnd - place.sentenceStart <= m_quoteMaxLength) {
        figure.quote = place.sentence; // shared by the figures of the sentence
        return;
    }
    // A "sentence" this long is no sentence but a table or a list run together without a full
    // stop: its figures are quoted with the text around them, so that quotes (and the library)
    // grow with the text, not with the square of it.
    const qsizetype half = m_quoteMaxLength / 2;
    figure.sentenceStart = std::max(place.sentenceStart, std::min(figure.numberStart - half, place.sentenceEnd - m_quoteMaxLength));
    figure.sentenceEnd = figure.sentenceStart + m_quoteMaxLength;
    figure.quote = place.text.mid(figure.sentenceStart, m_quoteMaxLength);
}

qsizetype IndicatorExtractor::figureBudget(const QString &id, bool fromTo) const
{
    const CatalogIndicator *indicator = m_catalog.indicator(id);
    return (indicator ? indicator->metrics.size() : 1) + (fromTo ? 1 : 0);
}

QList<Indicator> IndicatorExtractor::extract(const QString &text, const QList<Section> &sections, int reportYear) const
{
    QList<Indicator> figures;
    qsizetype paragraphStart = 0, scanned = 0;
    ParagraphCues cues;
    qsizetype cuesFor = -1; // the paragraph whose cues are in cues
    for (const auto &[sentenceStart, sentenceEnd] : sentences(text)) {
        // Sentences come in order, so the paragraph start is found by walking on, not back.
        for (; scanned < sentenceStart; ++scanned)
            if (text[scanned] == u'\n')
                paragraphStart = scanned + 1;
        const QStringView sentence = QStringView(text).mid(sentenceStart, sentenceEnd - sentenceStart);
        QList<Mention> mentions = findMentions(sentence);
        if (std::none_of(mentions.cbegin(), mentions.cend(), [](const Mention &m) { return m.phrase != nullptr; }))
            continue;
        if (cuesFor != paragraphStart) {
            const qsizetype paragraphEnd = text.indexOf(u'\n', paragraphStart);
            cues = paragraphCues(QStringView(text).mid(paragraphStart, (paragraphEnd < 0 ? text.size() : paragraphEnd) - paragraphStart),
                                 reportYear);
            cuesFor = paragraphStart;
        }
        Place place;
        place.text = text;
        place.sentenceStart = sentenceStart;
        place.sentenceEnd = sentenceEnd;
        place.paragraphStart = paragraphStart;
        place.reportYear = reportYear;
        place.context = contextAt(sections, sentenceStart, &place.titleYear, &place.fiveYearReview, &place.titlePlanStart);
        place.cues = &cues;
        // "8个市县城镇固定资产投资增速超过50%": a part of the region, not the region.
        const QStringView paragraph = QStringView(text).mid(paragraphStart);
        // (Matched in the clause before each name: a scan of every paragraph would cost more than all other cues.)
        for (Mention &m : mentions) {
            const qsizetype at = sentenceStart - paragraphStart + m.start;
            const qsizetype clause = clauseStart(paragraph, at);
            if (m.phrase && at > clause && m_partOfRegion.matches(paragraph.mid(clause, at - clause)))
                m.phrase = nullptr;
        }
        const QList<std::optional<ListShare>> shares = listShares(sentence, mentions);
        if (sentence.size() <= m_quoteMaxLength)
            place.sentence = sentence.toString();
        for (qsizetype m = 0; m < mentions.size(); ++m)
            if (mentions[m].phrase)
                readMention(place, mentions[m], m > 0 ? mentions[m - 1].end : 0, sentence,
                            m + 1 < mentions.size() ? mentions[m + 1].start : sentence.size(), shares[m], figures);
    }
    // The same fact stated twice in one report is one row.
    QList<Indicator> unique;
    QSet<QString> seen;
    for (const Indicator &f : figures) {
        const QString key = QStringLiteral("%1/%2/%3/%4-%5/%6/%7")
                                .arg(f.indicatorId, f.metric, f.kind)
                                .arg(f.periodStart)
                                .arg(f.periodEnd)
                                .arg(f.value)
                                .arg(f.valueHigh.value_or(std::nan("")));
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(f);
        }
    }
    return unique;
}

} // namespace ReportLens
