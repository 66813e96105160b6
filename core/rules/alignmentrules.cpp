#include "alignmentrules.h"

#include "rulereader.h"
#include "shippedrules.h"

namespace ReportLens {

std::optional<AlignmentRules> AlignmentRules::load(const QString &path, QString *error)
{
    RuleReader reader(path);
    const RuleReader::Node root = reader.root();
    AlignmentRules rules;
    const RuleReader::Node kinds = root.at("kinds");
    bool review = false, plan = false;
    for (const RuleReader::Node &kind : kinds.elements()) {
        const SectionKindRule rule{kind.at("kind").string(), kind.at("pattern").regex()};
        // The first of a kind decides, as kinds are tried in order.
        if (rule.kind == QStringLiteral("review") && !review) {
            rules.reviewTitles = rule.pattern;
            review = true;
        } else if (rule.kind == QStringLiteral("plan") && !plan) {
            rules.planTitles = rule.pattern;
            plan = true;
        }
        rules.kinds.append(rule);
    }
    rules.minimumScore = root.at("minimumScore").number();
    // The indicator extractor dates figures by these two.
    if (reader.ok() && !review)
        kinds.fail(QStringLiteral("no kind \"review\""));
    if (reader.ok() && !plan)
        kinds.fail(QStringLiteral("no kind \"plan\""));
    return reader.result(std::move(rules), error);
}

const AlignmentRules &AlignmentRules::shipped()
{
    static const AlignmentRules rules = loadShippedRules<AlignmentRules>(QStringLiteral(":/alignment.json"));
    return rules;
}

} // namespace ReportLens
