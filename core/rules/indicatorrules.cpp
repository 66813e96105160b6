#include "indicatorrules.h"

#include "rulereader.h"
#include "shippedrules.h"

#include <QCryptographicHash>

#include <algorithm>

namespace ReportLens {

namespace {

QList<Metric> metricsOf(const RuleReader::Node &node)
{
    QList<Metric> metrics;
    for (const QString &name : node.strings()) {
        if (const std::optional<Metric> metric = metricFromName(name))
            metrics.append(*metric);
        else
            node.fail(QStringLiteral("unknown metric \"%1\" (level, growth or rate)").arg(name));
    }
    return metrics;
}

FilteredPattern filteredPattern(const RuleReader::Node &node)
{
    return {node.at("pattern").regex(), node.at("literals").strings()};
}

void readCatalog(const RuleReader::Node &root, IndicatorCatalog &catalog)
{
    for (const RuleReader::Node &o : root.at("indicators").elements()) {
        CatalogIndicator indicator;
        indicator.id = o.at("id").string();
        indicator.name = o.at("name").string();
        indicator.metrics = metricsOf(o.at("metrics"));
        indicator.unit = o.at("unit").string();
        if (o.has("levelOverSpan")) {
            const RuleReader::Node span = o.at("levelOverSpan");
            indicator.levelOverSpan = span.string();
            if (indicator.levelOverSpan != QStringLiteral("end") && indicator.levelOverSpan != QStringLiteral("sum"))
                span.fail(QStringLiteral("expected \"end\" or \"sum\""));
        }
        if (o.has("nationalName"))
            indicator.nationalName = o.at("nationalName").string();
        // An alias is a phrase, or {"alias": phrase, "metrics": [...]} when it names only some metrics.
        for (const RuleReader::Node &a : o.at("aliases").elements()) {
            if (a.has("alias"))
                catalog.aliases.append({a.at("alias").string(), indicator.id, metricsOf(a.at("metrics"))});
            else
                catalog.aliases.append({a.string(), indicator.id, {}});
        }
        catalog.indicators.append(indicator);
    }
    for (const RuleReader::Node &d : root.at("distributions").elements())
        catalog.distributions.append({d.at("alias").string(), d.at("indicators").strings()});

    const RuleReader::Node units = root.at("units");
    catalog.units = units.at("written").strings();
    for (const auto &[unit, factors] : units.at("conversions").members())
        for (const auto &[written, factor] : factors.members())
            catalog.conversions[unit].insert(written, factor.number());
    for (const auto &[unit, kept] : units.at("keptAsWritten").members())
        catalog.keptAsWritten.insert(unit, kept.strings());
    for (const auto &[magnitude, factor] : units.at("magnitudes").members()) {
        if (magnitude.size() != 1)
            factor.fail(QStringLiteral("a magnitude is one character"));
        else
            catalog.magnitudes.insert(magnitude.front(), factor.number());
    }
    const RuleReader::Node qualifiers = root.at("qualifiers");
    catalog.qualifiersBefore = qualifiers.at("before").strings();
    catalog.qualifiersAfter = qualifiers.at("after").strings();
    const RuleReader::Node distractors = root.at("distractors");
    catalog.distractorsBefore = distractors.at("before").strings();
    catalog.distractorsAfter = distractors.at("after").strings();
}

void readContext(const RuleReader::Node &context, IndicatorContextRules &rules)
{
    rules.quoteMaxLength = context.at("quoteMaxLength").integer();
    rules.baseComparison = context.at("baseComparison").regex();
    rules.baseMultiple = context.at("baseMultiple").regex();
    rules.fiveYearPlan = context.at("fiveYearPlan").regex();
    rules.yearOfValue = context.at("yearOfValue").regex();
    rules.multiYear = filteredPattern(context.at("multiYear"));
    rules.partOfRegion = filteredPattern(context.at("partOfRegion"));
    rules.partOfYear = filteredPattern(context.at("partOfYear"));
    const std::pair<const char *, QStringList *> lists[] = {
        {"targetCues", &rules.targetCues},
        {"pastYearCues", &rules.pastYearCues},
        {"thisYearCues", &rules.thisYearCues},
        {"forwardSpanCues", &rules.forwardSpanCues},
        {"backwardSpanCues", &rules.backwardSpanCues},
        {"averageCues", &rules.averageCues},
        {"growthVerbs", &rules.growthVerbs},
        {"declineVerbs", &rules.declineVerbs},
        {"cumulativeCues", &rules.cumulativeCues},
        {"clauseTargetCues", &rules.clauseTargetCues},
        {"estimateCues", &rules.estimateCues},
        {"rateWords", &rules.rateWords},
        {"changeVerbs", &rules.changeVerbs},
        {"shareCues", &rules.shareCues},
        {"lowerBounds", &rules.lowerBounds},
        {"listSeparators", &rules.listSeparators},
        {"fiveYearReviewTitles", &rules.fiveYearReviewTitles},
        {"fromWords", &rules.fromWords},
        {"steeringCues", &rules.steeringCues},
        {"shareRightBefore", &rules.shareRightBefore},
        {"comparisonVerbs", &rules.comparisonVerbs},
        {"ratioRightBefore", &rules.ratioRightBefore},
        {"otherQuantityCues", &rules.otherQuantityCues},
        {"priceBaseAfterYear", &rules.priceBaseAfterYear},
    };
    for (const auto &[key, list] : lists)
        *list = context.at(key).strings();
    rules.fiveYearPlanStarts = context.at("fiveYearPlanStarts").integers();
}

} // namespace

bool FilteredPattern::matches(QStringView text) const
{
    return std::any_of(literals.cbegin(), literals.cend(), [&](const QString &l) { return text.contains(l); })
        && regex.match(text).hasMatch();
}

std::optional<IndicatorRules> IndicatorRules::load(const QString &path, QString *error)
{
    RuleReader reader(path);
    const RuleReader::Node root = reader.root();
    IndicatorRules rules;
    readCatalog(root, rules.catalog);
    readContext(root.at("context"), rules.context);
    rules.fingerprint =
        QString::fromLatin1(QCryptographicHash::hash(reader.bytes(), QCryptographicHash::Sha256).toHex().left(16));
    return reader.result(std::move(rules), error);
}

const IndicatorRules &IndicatorRules::shipped()
{
    static const IndicatorRules rules = loadShippedRules<IndicatorRules>(QStringLiteral(":/indicators.json"));
    return rules;
}

} // namespace ReportLens
