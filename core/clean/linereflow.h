#pragma once

#include "textline.h"

#include <QRegularExpression>
#include <QStringList>

namespace ReportLens {

/// Puts a text's line breaks back where its author had them: joins the lines a page layout or a
/// fixed width wrapped, drops what repeats on every page, and splits a report that arrived as one
/// line at its numbered headings. A numbered heading (一、 （一） 第一，…), a dateline and the
/// salutation always start their own line. Steps are separate so the cleaner runs only those that
/// fit the source: the layout's decisions for a PDF, evidence from the text for plain text.
class LineReflow
{
public:
    struct Rules
    {
        QRegularExpression numberedLineStart; ///< Anchored at the line start.
        QList<QRegularExpression> headAnchors; ///< Datelines and the salutation.
        QRegularExpression paragraphStart; ///< Where a run-on line may be split (lookarounds).
        QString terminal; ///< Characters that end a sentence or clause.
        QStringList datelineEnds; ///< How a complete dateline ends: 会议上
    };

    explicit LineReflow(Rules rules);

    /// Applies a PDF reader's decisions: furniture lines dropped, soft breaks joined.
    void applyLayout(QList<TextLine> &lines, const LineHints &hints, QList<RemovedRange> &removed) const;

    /// Plain text copied out of a paginated document: drops the lines that repeat at the page edges
    /// (pages split at form feeds, else after each line of a running page-number sequence).
    void dropTextFurniture(QList<TextLine> &lines, QList<RemovedRange> &removed, QList<ImportRepair> &repairs) const;

    /// Plain text wrapped at a fixed display width (most long lines end at the same width without
    /// closing punctuation): rejoined. A text that was not wrapped is left exactly as it is.
    void joinHardWrapped(QList<TextLine> &lines, QList<ImportRepair> &repairs) const;

    /// A line as long as many paragraphs that holds numbered headings after sentence ends (a report
    /// saved without line breaks) is split there and at its head (dateline, salutation).
    void splitRunOnLines(QList<TextLine> &lines, QList<ImportRepair> &repairs) const;

    /// True when @p line must start a paragraph of its own whatever the line before it looks like.
    bool opensParagraph(const TextLine &previous, const TextLine &line) const;

    /// True when two lines join with a space: a Latin word wrapped at the line end (Chinese has none).
    static bool joinsWithSpace(QStringView before, QStringView after);

    /// Columns of what must open a line: a run of ASCII (a number, a word) or one character, with
    /// the opening marks before and the closing marks after it that a line break never separates
    /// from it. A line with less room left than that at its end was full.
    static int leadingUnitWidth(QStringView text);

    /// Columns a line takes in a fixed-width font: two for wide (CJK) and ambiguous characters.
    static int displayWidth(QStringView text);

private:
    Rules m_rules;
};

} // namespace ReportLens
