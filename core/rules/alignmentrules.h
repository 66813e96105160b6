#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace ReportLens {

/// A kind of report part and the heading words that mark it (review: 回顾, 过去, 一年来 …).
struct SectionKindRule
{
    QString kind;
    QRegularExpression pattern;
};

/// resources/alignment.json: the kinds of report parts (review, plan, outlook, government,
/// glossary), tried in order, and the score two headings need to be aligned. The review and plan
/// kinds are also what the indicator extractor reads a figure's context from: one definition of
/// "a review section" and "a plan section" for the whole program.
struct AlignmentRules
{
    QList<SectionKindRule> kinds;
    double minimumScore = 0;
    QRegularExpression reviewTitles; ///< The pattern of the review kind (the file must have one)
    QRegularExpression planTitles; ///< The pattern of the plan kind (the file must have one)

    /// Reads and validates @p path; nothing and @p error (naming file and key) when it does not load.
    static std::optional<AlignmentRules> load(const QString &path, QString *error);
    /// resources/alignment.json as compiled in, loaded once.
    static const AlignmentRules &shipped();
};

} // namespace ReportLens
