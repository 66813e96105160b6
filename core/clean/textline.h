#pragma once

#include "model/report.h"

#include <QList>
#include <QString>

namespace ReportLens {

/// A line break inside a paragraph that a reader recognised from the layout (a PDF line that runs
/// to the edge of its column): the cleaner joins the two lines.
struct SoftBreak
{
    qsizetype offset = 0; ///< Of the line break in the decoded text.
    bool space = false; ///< Joined with a space (a Latin word wrapped at the line end).
};

/// What a reader that saw the page layout tells the cleaner about the lines of its text.
struct LineHints
{
    /// True when the reader decided every line break from the layout (PDF): the text holds one
    /// physical line per line, softBreaks says which continue a paragraph, and the cleaner does
    /// not guess again from line lengths.
    bool layoutDecided = false;
    QList<SoftBreak> softBreaks; ///< Ascending offsets.
    QList<RemovedRange> furniture; ///< Running headers, footers and page numbers, to be dropped.
};

/// One line (later: paragraph) of a text being cleaned: its characters and, for each, where it
/// came from in the decoded original, so every cleaning step keeps offsets mappable.
struct TextLine
{
    QString text; ///< Trimmed.
    QList<qsizetype> origin; ///< Same length as text.
    bool blankBefore = false; ///< An empty line stood before it.
    bool pageBreakBefore = false; ///< A form feed stood before it (text copied out of a PDF).
    int indent = 0; ///< Display width of the whitespace it started with.
    qsizetype breakAt = -1; ///< Offset of the line break that ended it in the original; -1 at the end.

    /// Appends @p other after @p separator (which takes the origin of other's first character).
    void append(const TextLine &other, const QString &separator)
    {
        for (QChar c : separator) {
            text.append(c);
            origin.append(other.origin.isEmpty() ? 0 : other.origin.first());
        }
        text += other.text;
        origin += other.origin;
        breakAt = other.breakAt;
    }
    RemovedRange range(const QString &rule) const
    {
        return {origin.isEmpty() ? 0 : origin.first(), origin.isEmpty() ? 0 : origin.last() + 1, rule};
    }
};

} // namespace ReportLens
