#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReportLens {

/// One pattern of the cleaner and the rule name it records for what it removes.
struct CleaningPattern
{
    QString rule;
    QRegularExpression regex;
    int minimumInText = 0; ///< For inline chrome: how often it must occur in a text to be a site's
};

/// Lengths and counts the cleaner judges lines by (cleaning.json "limits").
struct CleaningLimits
{
    int headSearchLines = 0; ///< How far down the report's dateline or salutation is looked for
    int headerLinesBeforeAnchor = 0; ///< Title and speaker lines kept above it
    int headerLineMaxLength = 0; ///< Longer lines above it are no title or speaker line
    int proseMinLength = 0; ///< A shorter line is no sentence of the report
    int tailFragmentMaxLength = 0; ///< Longer lines at the end are not menu items or sign-offs
    int datelineContinuationMaxLength = 0; ///< The rest of a dateline broken across two lines
    int speakerNameMaxLength = 0; ///< A speaker's name on the line after the role
    int watermarkMinRepeats = 0; ///< A site's mark ends this many lines; a word of the report one
};

/// resources/cleaning.json: what the cleaner drops and how it joins lines.
struct CleaningRules
{
    QList<CleaningPattern> dropLines;
    QList<CleaningPattern> tailChrome;
    QList<CleaningPattern> inlineChrome;
    QList<QRegularExpression> headAnchors; ///< Datelines and the salutation
    QRegularExpression headerLine;
    QRegularExpression speakerRoleEnd;
    QRegularExpression numberedLineStart;
    QRegularExpression itemLabelLine;
    QRegularExpression paragraphStart;
    QString terminalPunctuation; ///< Ends a sentence or clause at the end of a line
    QString openingPunctuation;
    QString closingPunctuation;
    QStringList datelineEnds; ///< How a complete dateline ends: 会议上
    QStringList meetingWords; ///< In the second half of a dateline broken across lines: 会议
    QStringList htmlChromeClasses; ///< Class or id words of a web page's navigation, footers, share buttons
    CleaningLimits limits;

    /// Reads and validates @p path; nothing and @p error (naming file and key) when it does not load.
    static std::optional<CleaningRules> load(const QString &path, QString *error);
    /// resources/cleaning.json as compiled in, loaded once.
    static const CleaningRules &shipped();
};

} // namespace ReportLens
