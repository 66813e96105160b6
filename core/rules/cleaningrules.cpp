#include "cleaningrules.h"

#include "rulereader.h"
#include "shippedrules.h"

namespace ReportLens {

namespace {

QList<CleaningPattern> patterns(const RuleReader::Node &list)
{
    QList<CleaningPattern> out;
    for (const RuleReader::Node &p : list.elements()) {
        CleaningPattern pattern{p.at("rule").string(), p.at("pattern").regex()};
        if (p.has("minimumInText"))
            pattern.minimumInText = p.at("minimumInText").integer();
        out.append(pattern);
    }
    return out;
}

} // namespace

std::optional<CleaningRules> CleaningRules::load(const QString &path, QString *error)
{
    RuleReader reader(path);
    const RuleReader::Node root = reader.root();
    CleaningRules rules;
    rules.dropLines = patterns(root.at("dropLines"));
    for (const RuleReader::Node &anchor : root.at("headAnchors").elements())
        rules.headAnchors.append(anchor.regex());
    rules.headerLine = root.at("headerLine").regex();
    rules.tailChrome = patterns(root.at("tailChrome"));
    rules.terminalPunctuation = root.at("terminalPunctuation").string();
    rules.openingPunctuation = root.at("openingPunctuation").string();
    rules.closingPunctuation = root.at("closingPunctuation").string();
    rules.speakerRoleEnd = root.at("speakerRoleEnd").regex();
    rules.numberedLineStart = root.at("numberedLineStart").regex();
    rules.itemLabelLine = root.at("itemLabelLine").regex();
    rules.paragraphStart = root.at("paragraphStart").regex();
    rules.inlineChrome = patterns(root.at("inlineChrome"));
    rules.datelineEnds = root.at("datelineEnds").strings();
    rules.meetingWords = root.at("meetingWords").strings();
    rules.htmlChromeClasses = root.at("htmlChromeClasses").strings();
    const RuleReader::Node limits = root.at("limits");
    rules.limits.headSearchLines = limits.at("headSearchLines").integer();
    rules.limits.headerLinesBeforeAnchor = limits.at("headerLinesBeforeAnchor").integer();
    rules.limits.headerLineMaxLength = limits.at("headerLineMaxLength").integer();
    rules.limits.proseMinLength = limits.at("proseMinLength").integer();
    rules.limits.tailFragmentMaxLength = limits.at("tailFragmentMaxLength").integer();
    rules.limits.datelineContinuationMaxLength = limits.at("datelineContinuationMaxLength").integer();
    rules.limits.speakerNameMaxLength = limits.at("speakerNameMaxLength").integer();
    rules.limits.watermarkMinRepeats = limits.at("watermarkMinRepeats").integer();
    return reader.result(std::move(rules), error);
}

const CleaningRules &CleaningRules::shipped()
{
    static const CleaningRules rules = loadShippedRules<CleaningRules>(QStringLiteral(":/cleaning.json"));
    return rules;
}

} // namespace ReportLens
