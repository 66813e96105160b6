#include "outlinerules.h"

#include "rulereader.h"
#include "shippedrules.h"

namespace ReportLens {

std::optional<OutlineRules> OutlineRules::load(const QString &path, QString *error)
{
    RuleReader reader(path);
    const RuleReader::Node root = reader.root();
    OutlineRules rules;
    for (const RuleReader::Node &h : root.at("headings").elements()) {
        HeadingPattern heading{h.at("name").string(), h.at("rank").integer(), h.at("pattern").regex()};
        if (h.has("standaloneOnly"))
            heading.standaloneOnly = h.at("standaloneOnly").boolean();
        rules.headings.append(heading);
    }
    rules.chapterRank = root.at("chapterRank").integer();
    rules.maxHeadingLength = root.at("maxHeadingLength").integer();
    rules.runInTitleMaxLength = root.at("runInTitleMaxLength").integer();

    const RuleReader::Node head = root.at("head");
    rules.salutation = head.at("salutation").string();
    rules.headSearchParagraphs = head.at("searchParagraphs").integer();
    rules.salutationMaxLength = head.at("salutationMaxLength").integer();
    rules.headlineMaxLength = head.at("headlineMaxLength").integer();

    const RuleReader::Node sub = root.at("subHeading");
    rules.subHeading = {sub.at("rank").integer(), sub.at("minLength").integer(), sub.at("maxLength").integer()};

    const RuleReader::Node lead = root.at("lead");
    rules.lead.rank = lead.at("rank").integer();
    rules.lead.minLength = lead.at("minLength").integer();
    rules.lead.maxLength = lead.at("maxLength").integer();
    rules.lead.laterMaxLength = lead.at("laterMaxLength").integer();
    rules.lead.minBodyAfter = lead.at("minBodyAfter").integer();
    rules.lead.dashLabel = lead.at("dashLabel").string();
    rules.lead.dashMaxLength = lead.at("dashMaxLength").integer();

    const RuleReader::Node item = root.at("item");
    rules.item.rank = item.at("rank").integer();
    rules.item.pattern = item.at("pattern").regex();
    rules.item.titleMaxLength = item.at("titleMaxLength").integer();
    rules.item.follows = item.at("follows").string();

    rules.glossaryHeading = root.at("glossaryHeading").regex();
    rules.glossaryEntry = root.at("glossaryEntry").regex();
    rules.clauseBreak = root.at("clauseBreak").string();
    rules.enumerationEnd = root.at("enumerationEnd").string();
    return reader.result(std::move(rules), error);
}

const OutlineRules &OutlineRules::shipped()
{
    static const OutlineRules rules = loadShippedRules<OutlineRules>(QStringLiteral(":/outline.json"));
    return rules;
}

} // namespace ReportLens
