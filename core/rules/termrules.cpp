#include "termrules.h"

#include "rulereader.h"
#include "shippedrules.h"

namespace ReportLens {

std::optional<TermRules> TermRules::load(const QString &path, QString *error)
{
    RuleReader reader(path);
    const RuleReader::Node root = reader.root();
    TermRules rules;
    rules.functionCharacters = root.at("functionCharacters").string();
    rules.suffixCharacters = root.at("suffixCharacters").string();
    rules.unfinishedEndings = root.at("unfinishedEndings").strings();
    rules.phraseMinimumCount = root.at("phraseMinimumCount").integer();
    rules.phraseMaximumWords = root.at("phraseMaximumWords").integer();
    const RuleReader::Node termMaximum = root.at("termMaximumCharacters");
    rules.termMaximumCharacters = termMaximum.integer();
    // A term has at least two characters, and the lengths of candidate terms are kept as bits of
    // a 32-bit mask.
    if (reader.ok() && (rules.termMaximumCharacters < 2 || rules.termMaximumCharacters > 30))
        termMaximum.fail(QStringLiteral("must be 2 to 30"));
    rules.phraseCohesion = root.at("phraseCohesion").number();
    return reader.result(std::move(rules), error);
}

const TermRules &TermRules::shipped()
{
    static const TermRules rules = loadShippedRules<TermRules>(QStringLiteral(":/terms.json"));
    return rules;
}

} // namespace ReportLens
