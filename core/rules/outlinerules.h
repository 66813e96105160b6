#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace ReportLens {

/// A numbering style of headings: 一、 / （一） / 第一， / 1. / （1）.
struct HeadingPattern
{
    QString name;
    int rank = 0; ///< Smaller nests higher
    QRegularExpression regex; ///< Captures label and title at the start of a paragraph
    bool standaloneOnly = false; ///< Only a line of its own is such a heading ("一" alone)
};

/// resources/outline.json: heading patterns and the lengths the outline parser judges by.
struct OutlineRules
{
    QList<HeadingPattern> headings;
    int chapterRank = 0;
    int maxHeadingLength = 0;
    int runInTitleMaxLength = 0;

    /// Where the body starts: after the salutation, or after a short headline.
    QString salutation; ///< 各位代表
    int headSearchParagraphs = 0; ///< How far down the salutation is looked for
    int salutationMaxLength = 0; ///< "各位代表：" alone on its line, not a sentence starting with it
    int headlineMaxLength = 0;

    struct SubHeading
    {
        int rank = 0;
        int minLength = 0;
        int maxLength = 0;
    } subHeading;

    struct Lead
    {
        int rank = 0;
        int minLength = 0;
        int maxLength = 0; ///< The first lead sentence of a paragraph
        int laterMaxLength = 0; ///< Lead sentences further into a paragraph are shorter
        int minBodyAfter = 0; ///< A lead sentence is followed by at least this much body
        QString dashLabel; ///< ——: a paragraph opening with it has a lead sentence after it
        int dashMaxLength = 0; ///< The lead sentence after the dash label
    } lead;

    struct Item
    {
        int rank = 0;
        QRegularExpression pattern; ///< 一是, 二是 …
        int titleMaxLength = 0;
        QString follows; ///< An item label not at the start of its paragraph comes after one of these
    } item;

    QRegularExpression glossaryHeading;
    QRegularExpression glossaryEntry;
    QString clauseBreak;
    QString enumerationEnd;

    /// Reads and validates @p path; nothing and @p error (naming file and key) when it does not load.
    static std::optional<OutlineRules> load(const QString &path, QString *error);
    /// resources/outline.json as compiled in, loaded once.
    static const OutlineRules &shipped();
};

} // namespace ReportLens
