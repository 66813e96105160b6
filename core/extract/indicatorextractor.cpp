#include "indicatorextractor.h"

#include "extractortext.h"

#include "util/chinesetext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>

#include <cmath>
#include <limits>
#include <optional>
#include <tuple>

namespace ReportLens {

using ExtractorText::clauseStart;
using ExtractorText::isPercent;

namespace {

// How far around a name or a figure its cues stand, in characters.
constexpr qsizetype CumulativeCueWindow = 4; // 累计 right before the name: a cumulative total
constexpr qsizetype ExactFigureDistance = 12; // the exact figure right after a round bound (突破…，达到…)
constexpr qsizetype ValueYearWindow = 8; // "2007年的" right before the value dates it
// An average cue (年均, 平均每年) this close before a figure makes it an average: of a flow over a
// span (平均每年城镇新增就业…), of a rate against another base, of a level over a span.
constexpr qsizetype AverageOfFlowWindow = 16;
constexpr qsizetype AverageRateWindow = 8;
constexpr qsizetype AverageLevelWindow = 12;

// Offsets of a text's sentences: split after the sentence ends and semicolons (a clause ending with
// one states figures of its own).
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
        const bool end = i == text.size() || (text[i] == u'\n' && !wrapped)
            || ChineseText::SentenceEnds.contains(text[i]) || ChineseText::Semicolons.contains(text[i]);
        if (!end)
            continue;
        const qsizetype stop = i < text.size() && text[i] != u'\n' ? i + 1 : i;
        if (stop > start)
            list.append({start, stop});
        start = i + 1;
    }
    return list;
}

} // namespace

IndicatorExtractor::IndicatorExtractor(IndicatorCatalog catalog, const IndicatorContextRules &rules,
                                       const AlignmentRules &sections)
    : m_catalog(std::move(catalog))
    , m_numbers(m_catalog.units, m_catalog.qualifiersBefore, m_catalog.qualifiersAfter, m_catalog.magnitudes)
    , m_rules(rules)
    , m_reviewTitles(sections.reviewTitles)
    , m_planTitles(sections.planTitles)
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

    m_fiveYearReviewTitles = m_rules.backwardSpanCues + m_rules.fiveYearReviewTitles;
    m_cueWords =
        CueDictionary({m_rules.forwardSpanCues, m_rules.backwardSpanCues, m_rules.averageCues, m_rules.thisYearCues,
                       m_rules.pastYearCues, m_rules.targetCues, m_rules.growthVerbs, m_rules.declineVerbs,
                       m_rules.clauseTargetCues, m_rules.estimateCues, m_rules.rateWords});
}

QString IndicatorExtractor::rulesVersion()
{
    // Raise when a change of this code changes which figures are read.
    constexpr int codeRevision = 13;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const char *file : {":/indicators.json", ":/outline.json", ":/cleaning.json", ":/alignment.json"}) {
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
        const bool distractor = std::any_of(m_catalog.distractorsBefore.cbegin(), m_catalog.distractorsBefore.cend(),
                                            [&](const QString &w) { return before.endsWith(w); })
            || std::any_of(m_catalog.distractorsAfter.cbegin(), m_catalog.distractorsAfter.cend(),
                           [&](const QString &w) { return after.startsWith(w); });
        // A distractor still ends the previous mention's stretch: its numbers are not the indicator.
        mentions.append({i, end, distractor ? nullptr : match});
        i = end;
    }
    return mentions;
}

std::optional<Metric> IndicatorExtractor::metricOf(const CatalogIndicator &indicator, const QList<Metric> &allowed,
                                                   const ParsedNumber &number) const
{
    auto permitted = [&](Metric metric) {
        return indicator.metrics.contains(metric) && (allowed.isEmpty() || allowed.contains(metric));
    };
    if (number.unit == QStringLiteral("%") || number.unit == QStringLiteral("％")) {
        if (permitted(Metric::Rate))
            return Metric::Rate;
        if (permitted(Metric::Growth))
            return Metric::Growth;
        return std::nullopt;
    }
    // A level in a unit that does not convert (亿美元 for a total in 亿元) is kept as written.
    if (!number.unit.isEmpty() && permitted(Metric::Level)
        && (m_catalog.conversion(indicator, number.unit) > 0
            || m_catalog.keptAsWritten.value(indicator.unit).contains(number.unit)))
        return Metric::Level;
    return std::nullopt;
}

void IndicatorExtractor::addFigure(QList<Indicator> &out, const CatalogIndicator &indicator, Metric metric,
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
    if (metric == Metric::Growth) {
        if (declines) {
            figure.value = -figure.value;
            if (figure.valueHigh)
                figure.valueHigh = -*figure.valueHigh;
        }
    }
    figure.valueInCatalogUnit = m_catalog.valueInCatalogUnit(figure);
    out.append(figure);
}

void IndicatorExtractor::readMention(const Place &place, const Mention &mention, qsizetype previousEnd,
                                     QStringView sentence, qsizetype scopeEnd, const std::optional<ListShare> &share,
                                     QList<Indicator> &out) const
{
    const QStringView scope = sentence.mid(mention.end, scopeEnd - mention.end);
    const QList<ParsedNumber> numbers = numbersOf(mention, sentence, scopeEnd, share);
    const bool distribution = mention.phrase->distribution != nullptr;
    const QStringList targets =
        distribution ? mention.phrase->distribution->indicatorIds : QStringList{mention.phrase->alias->indicatorId};
    const QList<Metric> allowed = distribution ? QList<Metric>() : mention.phrase->alias->metrics;

    // "从54万亿元增加到82.7万亿元": values after 到 are the later ones, before it the earlier ones.
    qsizetype fromAt = -1;
    for (const QString &w : m_rules.fromWords)
        if (const qsizetype at = scope.indexOf(w); at >= 0 && (fromAt < 0 || at < fromAt))
            fromAt = at;
    // The 到 after the first value: "从不到800亿元增加到超过1200亿元" has one inside its qualifier.
    const qsizetype toAt = fromAt >= 0 && !numbers.isEmpty() ? scope.indexOf(u'到', numbers.first().end) : -1;
    const bool fromTo = fromAt >= 0 && toAt > fromAt && !numbers.isEmpty() && fromAt < numbers.first().start;
    const bool cumulativeBefore = containsAny(sentence.mid(std::max<qsizetype>(0, mention.start - CumulativeCueWindow),
                                                           std::min<qsizetype>(CumulativeCueWindow, mention.start)),
                                              m_rules.cumulativeCues);
    // What stands between the name and each of its figures is looked up once for the stretch, not
    // again for every figure (a stretch may hold thousands): where the first cumulative cue ends,
    // where the first 均 and 年均 are.
    qsizetype cumulativeEnd = std::numeric_limits<qsizetype>::max();
    // (Not "累计同比上涨1.3%": the year to date against the same months before, a year's figure.)
    for (const QString &w : m_rules.cumulativeCues)
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
            firstBase = m_rules.baseComparison.match(sentence.mid(previousEnd, scopeEnd - previousEnd));
        const qsizetype windowEnd = until - previousEnd;
        if (!firstBase->hasMatch() || firstBase->capturedStart() >= windowEnd)
            return QRegularExpressionMatch();
        if (firstBase->capturedEnd() <= windowEnd)
            return *firstBase;
        return m_rules.baseComparison.match(sentence.mid(previousEnd, windowEnd)); // one that runs on past the figure
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
            if (clause > mention.end && containsAny(sentence.mid(clause, at - clause), m_rules.otherQuantityCues))
                break;
        }
        // "突破一万亿元，达到10505.3亿元": a round bound yields to the exact figure right after it.
        if (first && n + 1 < numbers.size() && isPercent(number) == isPercent(numbers[n + 1])
            && numbers[n + 1].qualifier.isEmpty() && m_rules.lowerBounds.contains(number.qualifier)
            && numbers[n + 1].start - number.end <= ExactFigureDistance
            && numbers[n + 1].value * m_catalog.conversion(*first, numbers[n + 1].unit)
                >= number.value * m_catalog.conversion(*first, number.unit))
            continue;
        const bool later = fromTo && number.start > toAt;
        qsizetype &counter = later ? laterSlot : slot;
        // 城乡常住居民人均可支配收入均增长6%左右: one figure for each of them.
        const bool each =
            distribution && eachAt >= 0 && eachAt < number.start && !(yearlyAt >= 0 && yearlyAt + 2 <= number.start);
        const QStringList receivers = each ? targets : QStringList{targets[counter % targets.size()]};
        ++counter;
        for (const QString &id : receivers) {
            const CatalogIndicator *indicator = m_catalog.indicator(id);
            if (!indicator)
                continue;
            const std::optional<Metric> measured = metricOf(*indicator, allowed, number);
            if (!measured || notAnnualFigure(sentence, mention.end, number, *measured))
                continue;
            const Metric metric = *measured;
            const QString consumedKey = id + metricName(metric);
            if (consumed.contains(consumedKey))
                continue;
            const bool sums = indicator->levelOverSpan == QStringLiteral("sum") && metric == Metric::Level;
            // A cumulative total is the indicator only where it adds up over a span (累计新增城镇就业).
            if ((cumulativeBefore || cumulativeEnd <= number.start) && !sums) {
                consumed.insert(consumedKey);
                continue;
            }
            const qsizetype absolute = place.sentenceStart + mention.end + number.start;
            const QStringView paragraphPrefix =
                QStringView(place.text).mid(place.paragraphStart, absolute - place.paragraphStart);
            Period period = periodOf(absolute - place.paragraphStart, place.sentenceStart - place.paragraphStart,
                                     number, place, place.reportYear);
            // "由2011年的1.24万亿元增加到…", "达到2007年的7345.7亿元": the text dates the value itself.
            const qsizetype numberAt = mention.end + number.start;
            const QRegularExpressionMatch dated = m_rules.yearOfValue.match(sentence.mid(
                std::max<qsizetype>(0, numberAt - ValueYearWindow), std::min<qsizetype>(ValueYearWindow, numberAt)));
            const int datedYear = dated.hasMatch() ? ChineseText::parseNumber(dated.captured(1)) : 0;
            if (datedYear >= 1900) {
                period.start = period.end = datedYear;
                period.kind = place.reportYear == 0 || datedYear < place.reportYear ? FigureKind::Actual
                    : datedYear == place.reportYear                                 ? FigureKind::Target
                                                                                    : FigureKind::Plan;
                period.rule = QStringLiteral("year-stated");
            }
            if (!period.valid())
                continue;
            // "平均每年城镇新增就业1000多万人": an annual average of a flow is neither a year's figure nor the span's.
            if (sums && containsAny(paragraphPrefix.right(AverageOfFlowWindow), m_rules.averageCues)) {
                consumed.insert(consumedKey);
                continue;
            }
            // Growth against a base other than the year before is not an annual rate:
            // 比2015年下降21%, 较“十二五”末增长27.7%.
            // The comparison may open the clause before the name: "2005年与2000年相比，国内生产总值增长57.3%".
            const QRegularExpressionMatch base = baseBefore(mention.end + number.start);
            // "比2002年增长65.5%，年均增长10.6%": the average is a rate whatever the base.
            const bool averaged = containsAny(paragraphPrefix.right(AverageRateWindow), m_rules.averageCues);
            if (base.hasMatch() && metric == Metric::Growth && !averaged) {
                const QString against = base.captured(2);
                const int baseYear = against.endsWith(u'年') ? ChineseText::parseNumber(against.chopped(1)) : 0;
                // Over a span, growth against the year before it is the cumulative growth, not a rate.
                const bool previous = against == QStringLiteral("上年") || against == QStringLiteral("去年")
                    || baseYear == period.start - 1;
                if (!previous || period.start != period.end)
                    continue;
            }
            if (metric == Metric::Level && fromTo) {
                // The earlier value stands at the start: the year before the span (or before the year),
                // unless the text dates each end: "由2002年的3519.7亿元增加到2007年的7345.7亿元".
                const int end = period.end;
                const int start = period.start != period.end ? period.start - 1 : period.end - 1;
                period.start = period.end = datedYear >= 1900 ? datedYear : later ? end : start;
            } else if (fromTo && !later && period.start == period.end) {
                // "物价涨幅要从14.8%回落到10%以内": the earlier rate is the year before's outcome.
                period.start = period.end = period.start - 1;
                period.kind = FigureKind::Actual;
            } else if (metric == Metric::Level && period.start != period.end && !sums
                       && !containsAny(paragraphPrefix.right(AverageLevelWindow), m_rules.averageCues)) {
                // A level is a point in time: at the end of a span (“十三五”期间…达到48643元).
                period.start = period.end;
            }
            const QString key = indicator->id + u'/' + metricName(metric) + u'/' + QString::number(period.start);
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
    if (place.sentenceEnd - place.sentenceStart <= m_rules.quoteMaxLength) {
        figure.quote = place.sentence; // shared by the figures of the sentence
        return;
    }
    // A "sentence" this long is no sentence but a table or a list run together without a full
    // stop: its figures are quoted with the text around them, so that quotes (and the library)
    // grow with the text, not with the square of it.
    const qsizetype half = m_rules.quoteMaxLength / 2;
    figure.sentenceStart =
        std::max(place.sentenceStart, std::min(figure.numberStart - half, place.sentenceEnd - m_rules.quoteMaxLength));
    figure.sentenceEnd = figure.sentenceStart + m_rules.quoteMaxLength;
    figure.quote = place.text.mid(figure.sentenceStart, m_rules.quoteMaxLength);
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
            cues = paragraphCues(
                QStringView(text).mid(paragraphStart, (paragraphEnd < 0 ? text.size() : paragraphEnd) - paragraphStart),
                reportYear);
            cuesFor = paragraphStart;
        }
        Place place;
        place.text = text;
        place.sentenceStart = sentenceStart;
        place.sentenceEnd = sentenceEnd;
        place.paragraphStart = paragraphStart;
        place.reportYear = reportYear;
        place.context =
            contextAt(sections, sentenceStart, &place.titleYear, &place.fiveYearReview, &place.titlePlanStart);
        place.cues = &cues;
        // "8个市县城镇固定资产投资增速超过50%": a part of the region, not the region.
        const QStringView paragraph = QStringView(text).mid(paragraphStart);
        // (Matched in the clause before each name: a scan of every paragraph would cost more than all other cues.)
        for (Mention &m : mentions) {
            const qsizetype at = sentenceStart - paragraphStart + m.start;
            const qsizetype clause = clauseStart(paragraph, at);
            if (m.phrase && at > clause && m_rules.partOfRegion.matches(paragraph.mid(clause, at - clause)))
                m.phrase = nullptr;
        }
        const QList<std::optional<ListShare>> shares = listShares(sentence, mentions);
        if (sentence.size() <= m_rules.quoteMaxLength)
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
                                .arg(f.indicatorId, metricName(f.metric), figureKindName(f.kind))
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
