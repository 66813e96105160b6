#pragma once

#include "linereflow.h"
#include "model/report.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace ReportLens {

/// The cleaned text of a report and how it relates to the decoded original.
struct CleanText
{
    QString text;                 ///< Paragraphs separated by one '\n'.
    QList<RemovedRange> removed;  ///< Lines dropped as chrome, in original offsets, with the rule.
    QList<ImportRepair> repairs;  ///< Line breaks put back, page furniture dropped.

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
    /// Loads the rules from @p rulesPath (default: the bundled ":/cleaning.json").
    explicit Cleaner(const QString &rulesPath = QStringLiteral(":/cleaning.json"));

    /// @p hints come from a reader that saw the layout (PDF); plain text gets none and its line
    /// breaks are judged from the text itself.
    CleanText clean(const QString &original, const LineHints &hints = {}) const;

private:
    using Line = TextLine;
    struct Pattern
    {
        QString rule;
        QRegularExpression regex;
        int minimumInText = 0; ///< For inline chrome: how often it must occur in a text to be a site's
    };

    QList<Line> splitLines(const QString &original) const;
    QList<Line> joinSoftBreaks(QList<Line> lines) const;
    bool shouldJoin(const Line &a, const Line &b, bool blankLineParagraphs, QString *separator) const;
    void dropMatchingLines(QList<Line> &lines, QList<RemovedRange> &removed) const;
    /// Removes what a site inserted inside a line (cleaning.json "inlineChrome"), recording each range.
    void dropInlineChrome(QList<Line> &lines, QList<RemovedRange> &removed) const;
    /// Removes the short ASCII token some document-sharing sites append to many lines (提出意见。2uD,
    /// 会议上)XLC): the same token at the end of several lines that end in Chinese is a watermark.
    static void dropLineEndWatermarks(QList<Line> &lines, QList<RemovedRange> &removed);
    void dropHeadChrome(QList<Line> &lines, QList<RemovedRange> &removed) const;
    void dropTailChrome(QList<Line> &lines, QList<RemovedRange> &removed) const;
    static void normaliseSpaces(Line &line);
    bool isProse(const QString &text) const;
    bool endsWithTerminal(const QString &text) const;

    QList<Pattern> m_dropLines;
    QList<Pattern> m_tailChrome;
    QList<Pattern> m_inlineChrome;
    QList<QRegularExpression> m_headAnchors;
    QRegularExpression m_headerLine;
    QRegularExpression m_speakerRoleEnd;
    QRegularExpression m_numberedLineStart;
    QRegularExpression m_itemLabelLine;
    QString m_terminal;
    QString m_opening;
    QString m_closing;
    std::optional<LineReflow> m_reflow;
};

} // namespace ReportLens
