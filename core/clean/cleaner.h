#pragma once

#include "linereflow.h"
#include "model/report.h"
#include "rules/cleaningrules.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace ReportLens {

/// The cleaned text of a report and how it relates to the decoded original.
struct CleanText
{
    QString text; ///< Paragraphs separated by one '\n'.
    QList<RemovedRange> removed; ///< Lines dropped as chrome, in original offsets, with the rule.
    QList<ImportRepair> repairs; ///< Line breaks put back, page furniture dropped.

    /// Offset in the clean text of the first character at or after @p originalOffset.
    qsizetype mapFromOriginal(qsizetype originalOffset) const;

    /// (clean offset, original offset) at every point where the mapping jumps; ascending.
    QList<std::pair<qsizetype, qsizetype>> anchors;
};

/// Removes what is not the report (site and forum chrome, licence footers, bylines) and normalises
/// whitespace, never dropping a sentence of the report. Rules come from resources/cleaning.json.
class Cleaner
{
public:
    explicit Cleaner(const CleaningRules &rules = CleaningRules::shipped());

    /// @p hints come from a reader that saw the layout (PDF); plain text gets none and its line
    /// breaks are judged from the text itself.
    CleanText clean(const QString &original, const LineHints &hints = {}) const;

private:
    using Line = TextLine;
    QList<Line> splitLines(const QString &original) const;
    QList<Line> joinSoftBreaks(QList<Line> lines) const;
    bool shouldJoin(const Line &a, const Line &b, bool blankLineParagraphs, QString *separator) const;
    void dropMatchingLines(QList<Line> &lines, QList<RemovedRange> &removed) const;
    /// Removes what a site inserted inside a line (cleaning.json "inlineChrome"), recording each range.
    void dropInlineChrome(QList<Line> &lines, QList<RemovedRange> &removed) const;
    /// Removes the short ASCII token some document-sharing sites append to many lines (提出意见。2uD,
    /// 会议上)XLC): the same token at the end of several lines that end in Chinese is a watermark.
    void dropLineEndWatermarks(QList<Line> &lines, QList<RemovedRange> &removed) const;
    void dropHeadChrome(QList<Line> &lines, QList<RemovedRange> &removed) const;
    void dropTailChrome(QList<Line> &lines, QList<RemovedRange> &removed) const;
    static void normaliseSpaces(Line &line);
    bool isProse(const QString &text) const;
    bool endsWithTerminal(const QString &text) const;

    CleaningRules m_rules;
    std::optional<LineReflow> m_reflow;
};

} // namespace ReportLens
