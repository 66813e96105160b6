#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ReportLens {

/// resources/terms.json: what joins the words of a report into terms for "new and dropped terms"
/// (see TermDiff and the file's comment).
struct TermRules
{
    QString functionCharacters;
    QString suffixCharacters;
    QStringList unfinishedEndings;
    int phraseMinimumCount = 0;
    int phraseMaximumWords = 0;
    int termMaximumCharacters = 0; ///< 2 to 30
    double phraseCohesion = 0;

    /// Reads and validates @p path; nothing and @p error (naming file and key) when it does not load.
    static std::optional<TermRules> load(const QString &path, QString *error);
    /// resources/terms.json as compiled in, loaded once.
    static const TermRules &shipped();
};

} // namespace ReportLens
