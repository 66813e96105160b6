#include "indicatorextractor.h"

#include "util/chinesetext.h"
#include "util/resourcefile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>

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
        const bool end = i == text.size() || text[i] == u'\n' || text[i] == u'。' || text[i] == u'！' || text[i] == u'？'
                         || text[i] == u'；' || text[i] == u';' || text[i] == u'!' || text[i] == u'?';
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

IndicatorExtractor::IndicatorExtractor(IndicatorCatalog catalog, const QString &rulesPath)
    : m_catalog(std::move(catalog))
    , m_numbers(m_catalog.units, m_catalog.qualifiersBefore, m_catalog.qualifiersAfter)
{
    for (const CatalogAlias &a : m_catalog.aliases)
        m_phrases.append({a.alias, &a, nullptr});
    for (const CatalogDistribution &d : m_catalog.distributions)
        m_phrases.append({d.alias, nullptr, &d});
    std::stable_sort(m_phrases.begin(), m_phrases.end(),
                     [](const Phrase &a, const Phrase &b) { return a.text.size() > b.text.size(); });

    const QJsonObject context = loadJsonResource(rulesPath).value(QLatin1String("context")).toObject();
    const auto options = QRegularExpression::UseUnicodePropertiesOption;
    m_reviewTitles = QRegularExpression(context.value(QLatin1String("reviewTitles")).toString(), options);
    m_planTitles = QRegularExpression(context.value(QLatin1String("planTitles")).toString(), options);
    m_baseComparison = QRegularExpression(context.value(QLatin1String("baseComparison")).toString(), options);
    m_fiveYearPlan = QRegularExpression(QStringLiteral("第?([一二三四五六七八九十]{1,3})个?五(年计划|年规划|”|\")?"), options);
    m_year = QRegularExpression(QStringLiteral("([0-9０-９]{4})年(?!以来|代)"), options);
    m_targetCues = strings(context, "targetCues");
    m_pastYearCues = strings(context, "pastYearCues");
    m_thisYearCues = strings(context, "thisYearCues");
    m_forwardSpanCues = strings(context, "forwardSpanCues");
    m_backwardSpanCues = strings(context, "backwardSpanCues");
    m_averageCues = strings(context, "averageCues");
    m_growthVerbs = strings(context, "growthVerbs");
    m_declineVerbs = strings(context, "declineVerbs");
    m_cumulativeCues = strings(context, "cumulativeCues");
    for (const QJsonValue &v : context.value(QLatin1String("fiveYearPlanStarts")).toArray())
        m_fiveYearPlanStarts.append(v.toInt());
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
        for (const Phrase &p : m_phrases)
            if (sentence.mid(i).startsWith(p.text)) {
                match = &p;
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
    if (!number.unit.isEmpty() && permitted("level") && m_catalog.conversion(indicator, number.unit) > 0)
        return QStringLiteral("level");
    return {};
}

IndicatorExtractor::Context IndicatorExtractor::contextAt(const QList<Section> &sections, qsizetype position,
                                                          int *titleYear) const
{
    // The deepest section title that says review or plan decides; a year in any title on the path is kept.
    Context context = Context::None;
    const QList<Section> *level = &sections;
    while (level) {
        const QList<Section> *next = nullptr;
        for (const Section &s : *level) {
            if (s.start <= position && position < s.end) {
                if (m_reviewTitles.match(s.title).hasMatch())
                    context = Context::Review;
                else if (m_planTitles.match(s.title).hasMatch())
                    context = Context::Plan;
                const QRegularExpressionMatch year = m_year.match(s.title);
                if (year.hasMatch())
                    *titleYear = ChineseText::parseNumber(year.captured(1));
                next = &s.children;
                break;
            }
        }
        level = next;
    }
    return context;
}

IndicatorExtractor::Period IndicatorExtractor::periodOf(QStringView prefix, const ParsedNumber &number, Context context,
                                                        int titleYear, int reportYear) const
{
    Period p;
    auto span = [&](int start, int end, const char *kind) {
        p.start = start;
        p.end = end;
        p.kind = QLatin1String(kind);
        return p;
    };
    // A five-year plan by number: 十四五 → 2021–2025.
    const QRegularExpressionMatch plan = m_fiveYearPlan.match(prefix);
    if (plan.hasMatch() && (prefix.contains(u"十") || plan.captured(2).size() > 0)) {
        const int n = ChineseText::parseChineseNumber(plan.captured(1));
        if (n > 0 && n <= m_fiveYearPlanStarts.size()) {
            const int first = m_fiveYearPlanStarts[n - 1];
            const bool past = reportYear > 0 && first + 4 < reportYear;
            return span(first, first + 4, past || context == Context::Review ? "actual" : "plan");
        }
    }
    const bool forward = containsAny(prefix, m_forwardSpanCues);
    const bool backward = containsAny(prefix, m_backwardSpanCues);
    if ((forward || backward || containsAny(prefix, m_averageCues)) && reportYear > 0) {
        if (backward || (!forward && context == Context::Review))
            return span(reportYear - 5, reportYear - 1, "actual");
        return span(reportYear, reportYear + 4, "plan");
    }
    // The nearest explicit year before the figure: "2004年，国内生产总值达到…".
    auto it = m_year.globalMatch(prefix);
    int explicitYear = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView before = prefix.left(m.capturedStart());
        if (before.endsWith(u"比") || before.endsWith(u"较") || before.endsWith(u"从") || before.endsWith(u"同"))
            continue;
        explicitYear = ChineseText::parseNumber(m.captured(1));
    }
    if (explicitYear > 1900) {
        const int reference = reportYear > 0 ? reportYear : explicitYear + 1;
        return span(explicitYear, explicitYear,
                    explicitYear < reference ? "actual" : explicitYear == reference ? "target" : "plan");
    }
    if (reportYear <= 0)
        return p;
    if (containsAny(prefix, m_thisYearCues))
        return span(reportYear, reportYear, "target");
    if (containsAny(prefix, m_pastYearCues))
        return span(reportYear - 1, reportYear - 1, "actual");
    if (context == Context::Review)
        return titleYear > 0 && titleYear < reportYear ? span(titleYear, titleYear, "actual")
                                                       : span(reportYear - 1, reportYear - 1, "actual");
    if (context == Context::Plan)
        return span(reportYear, reportYear, "target");
    const bool hedged = !number.qualifier.isEmpty() && number.qualifier != QStringLiteral("近")
                        && number.qualifier != QStringLiteral("约");
    if (hedged || containsAny(prefix, m_targetCues))
        return span(reportYear, reportYear, "target");
    return span(reportYear - 1, reportYear - 1, "actual");
}

void IndicatorExtractor::addFigure(QList<Indicator> &out, const CatalogIndicator &indicator, const QString &metric,
                                   const ParsedNumber &number, const Period &period, QStringView prefix,
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
        // The verb nearest before the number decides the sign: 同比下降13% → −13.
        qsizetype lastGrowth = -1, lastDecline = -1;
        for (const QString &v : m_growthVerbs)
            lastGrowth = std::max(lastGrowth, prefix.lastIndexOf(v));
        for (const QString &v : m_declineVerbs)
            lastDecline = std::max(lastDecline, prefix.lastIndexOf(v));
        if (lastDecline > lastGrowth) {
            figure.value = -figure.value;
            if (figure.valueHigh)
                figure.valueHigh = -*figure.valueHigh;
        }
    }
    if (metric == QStringLiteral("level")) {
        const double factor = m_catalog.conversion(indicator, number.unit);
        figure.valueInCatalogUnit = figure.value * factor;
    } else {
        figure.valueInCatalogUnit = figure.value;
    }
    out.append(figure);
}

QList<Indicator> IndicatorExtractor::extract(const QString &text, const QList<Section> &sections, int reportYear) const
{
    QList<Indicator> figures;
    for (const auto &[sentenceStart, sentenceEnd] : sentences(text)) {
        const QStringView sentence = QStringView(text).mid(sentenceStart, sentenceEnd - sentenceStart);
        const QList<Mention> mentions = findMentions(sentence);
        int titleYear = 0;
        const Context context = contextAt(sections, sentenceStart, &titleYear);
        for (qsizetype m = 0; m < mentions.size(); ++m) {
            const Mention &mention = mentions[m];
            if (!mention.phrase)
                continue;
            const qsizetype scopeEnd = m + 1 < mentions.size() ? mentions[m + 1].start : sentence.size();
            const QStringView scope = sentence.mid(mention.end, scopeEnd - mention.end);
            const QList<ParsedNumber> numbers = m_numbers.findAll(scope);
            const qsizetype offset = sentenceStart + mention.end;

            QStringList targets; // indicator ids the numbers go to, in order
            QStringList allowed;
            if (mention.phrase->distribution) {
                targets = mention.phrase->distribution->indicatorIds;
            } else {
                targets = {mention.phrase->alias->indicatorId};
                allowed = mention.phrase->alias->metrics;
            }
            QSet<QString> taken; // one figure per indicator and metric in a stretch
            qsizetype slot = 0;
            // "从25475元和8892元增加到32432元和12787元": the values after 到 are the later ones.
            const qsizetype toAt = mention.phrase->distribution ? scope.indexOf(u"到") : -1;
            for (const ParsedNumber &number : numbers) {
                const QStringView prefix = sentence.left(mention.end + number.start);
                const QStringView between = scope.left(number.start);
                // A cumulative total is not the indicator's level: 累计新增城镇就业5673人.
                if (containsAny(between, m_cumulativeCues) || containsAny(sentence.mid(std::max<qsizetype>(0, mention.start - 4), std::min<qsizetype>(4, mention.start)), m_cumulativeCues))
                    continue;
                // Growth against a base other than the year before is not an annual rate:
                // 比2015年下降21%, 较“十二五”末增长27.7%.
                const QRegularExpressionMatch base = m_baseComparison.match(between);
                const qsizetype index = mention.phrase->distribution ? slot % targets.size() : 0;
                const CatalogIndicator *indicator = m_catalog.indicator(targets[index]);
                if (!indicator)
                    continue;
                const QString metric = metricOf(*indicator, allowed, number);
                if (metric.isEmpty())
                    continue;
                Period period = periodOf(prefix, number, context, titleYear, reportYear);
                if (!period.valid())
                    continue;
                if (base.hasMatch() && metric == QStringLiteral("growth")) {
                    const QString against = base.captured(2);
                    const int baseYear = against.endsWith(u'年') ? ChineseText::parseNumber(against.chopped(1)) : 0;
                    const bool previousYear = against == QStringLiteral("上年") || against == QStringLiteral("去年")
                                              || baseYear == period.start - 1;
                    if (!previousYear)
                        continue;
                }
                // A level is a point in time: at the end of a span (“十三五”期间…达到48643元).
                if (metric == QStringLiteral("level") && period.start != period.end && !containsAny(prefix, m_averageCues))
                    period.start = period.end;
                if (mention.phrase->distribution && toAt >= 0 && number.start < toAt && period.start == period.end) {
                    // The starting values of a five-year comparison belong to the year before the span.
                    period.start = period.end = reportYear > 0 ? reportYear - 6 : period.start;
                } else if (mention.phrase->distribution && toAt >= 0 && period.kind == QStringLiteral("actual")) {
                    period.start = period.end;
                }
                const QString key = indicator->id + u'/' + metric + u'/' + QString::number(period.start);
                ++slot;
                if (taken.contains(key))
                    continue;
                taken.insert(key);
                addFigure(figures, *indicator, metric, number, period, prefix.mid(mention.start), offset);
                figures.last().sentenceStart = sentenceStart;
                figures.last().sentenceEnd = sentenceEnd;
                figures.last().quote = sentence.toString();
                if (!mention.phrase->distribution && taken.size() >= indicator->metrics.size())
                    break;
            }
        }
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
