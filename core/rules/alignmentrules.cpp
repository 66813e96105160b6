#include "alignmentrules.h"

#include "rulereader.h"
#include "shippedrules.h"

namespace ReportLens {

std::optional<AlignmentRules> AlignmentRules::load(const QString &path, QString *error)
{
    RuleReader reader(path);
    const RuleReader::Node root = reader.root();
    AlignmentRules rules;
    for (const RuleReader::Node &kind : root.at("kinds").elements())
        rules.kinds.append({kind.at("kind").string(), kind.at("pattern").regex()});
    rules.minimumScore = root.at("minimumScore").number();
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return rules;
}

const AlignmentRules &AlignmentRules::shipped()
{
    static const AlignmentRules rules = loadShippedRules<AlignmentRules>(QStringLiteral(":/alignment.json"));
    return rules;
}

} // namespace ReportLens
