#include "metadatarules.h"

#include "rulereader.h"
#include "shippedrules.h"

namespace ReportLens {

namespace {

QList<std::pair<QString, AdminLevel>> levels(const RuleReader::Node &list, const char *key)
{
    QList<std::pair<QString, AdminLevel>> out;
    for (const RuleReader::Node &entry : list.elements()) {
        const QString name = entry.at(key).string();
        const RuleReader::Node levelNode = entry.at("level");
        const AdminLevel level = adminLevelFromName(levelNode.string());
        if (level == AdminLevel::Unknown)
            levelNode.fail(QStringLiteral("unknown level (national, province, city, district or county)"));
        out.append({name, level});
    }
    return out;
}

} // namespace

std::optional<MetadataRules> MetadataRules::load(const QString &path, QString *error)
{
    RuleReader reader(path);
    const RuleReader::Node root = reader.root();
    MetadataRules rules;
    rules.dateline = root.at("dateline").regex();
    rules.speaker = root.at("speaker").regex();
    rules.title = root.at("title").regex();
    rules.titleDecorations = root.at("titleDecorations").regex();
    rules.titleRegion = root.at("titleRegion").regex();
    // Matched against the whole text, where its ^ must mean the start of any line.
    rules.reviewHeading = root.at("reviewHeading").regex(QRegularExpression::MultilineOption);
    rules.regionName = root.at("regionName").regex();
    rules.leadingFunctionChars = root.at("leadingFunctionChars").string();
    rules.provinceLevel = root.at("provinceLevel").strings();
    rules.levelBySuffix = levels(root.at("levelBySuffix"), "suffix");
    rules.levelByRole = levels(root.at("levelByRole"), "role");
    rules.cityStopWords = root.at("cityStopWords").strings();
    rules.cityOrgans = root.at("cityOrgans").strings();
    rules.nationalMarker = root.at("nationalMarker").regex();
    rules.nationalScope = root.at("nationalScope").strings();
    rules.localScope = root.at("localScope").strings();
    rules.salutation = root.at("salutation").string();
    rules.reportMarkers = root.at("reportMarkers").strings();
    rules.defaultTitle = root.at("defaultTitle").string();
    rules.governmentSuffix = root.at("governmentSuffix").string();
    rules.nationalGovernment = root.at("nationalGovernment").string();
    const RuleReader::Node limits = root.at("limits");
    rules.limits.headLines = limits.at("headLines").integer();
    rules.limits.titleLines = limits.at("titleLines").integer();
    rules.limits.titleMaxLength = limits.at("titleMaxLength").integer();
    rules.limits.headlineMaxLength = limits.at("headlineMaxLength").integer();
    rules.limits.speakerLineMaxLength = limits.at("speakerLineMaxLength").integer();
    rules.limits.scopeWindow = limits.at("scopeWindow").integer();
    rules.limits.reviewHeadingWindow = limits.at("reviewHeadingWindow").integer();
    rules.limits.nationalScopeMinCount = limits.at("nationalScopeMinCount").integer();
    rules.limits.nationalScopeRatio = limits.at("nationalScopeRatio").integer();
    return reader.result(std::move(rules), error);
}

const MetadataRules &MetadataRules::shipped()
{
    static const MetadataRules rules = loadShippedRules<MetadataRules>(QStringLiteral(":/metadata.json"));
    return rules;
}

} // namespace ReportLens
