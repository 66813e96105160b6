#pragma once

#include "compare/figurecomparison.h"
#include "compare/termdiff.h"
#include "compare/textdiff.h"
#include "model/report.h"

namespace ReportLens {

/// What changed from one report to another: sentences (TextDiff), the sections of the first two
/// levels (aligned as side by side: added, removed, grown or shrunk by a fifth or more) and the
/// figures (FigureComparison). `reportlens-cli diff` prints it; the window sums it up and exports
/// it as Markdown for an article.
struct ReportComparison
{
    /// A numbered part or sub-heading of the first two levels.
    struct Part
    {
        qsizetype flat = 0; ///< Depth-first index (SectionAligner's)
        QString path; ///< Titles from the top, joined by " › "
        qsizetype chars = 0;
        qsizetype start = 0, end = 0; ///< In the report's clean text
        int level = 1;
    };

    /// Sections that do not match one to one, told by where their sentences went: one split into
    /// several, several merged into one, or one under a new heading (renamed).
    struct Regrouping
    {
        enum class Kind { Split, Merged, Renamed };
        Kind kind = Kind::Renamed;
        QList<Part> from, to;
    };

    QString leftName, rightName; ///< Display titles
    TextDiff::Result text;
    QList<Part> added, removed;
    QList<std::pair<Part, Part>> resized;
    QList<Regrouping> regrouped; ///< Their parts are not in added or removed
    QList<FigureChange> figures;
    TermDiff::Result terms;

    static ReportComparison compare(const Report &left, const Report &right, const QList<IndicatorRow> &leftFigures,
                                    const QList<IndicatorRow> &rightFigures, const IndicatorCatalog &catalog,
                                    const TermDiff::Weighting &termWeighting = {});

    /// The comparison as Markdown: a title naming both reports, the sentence counts, the sections,
    /// the heaviest new and dropped terms and a table of the figures.
    QString toMarkdown() const;
};

/// "split", "merged", "renamed".
QString regroupingWord(ReportComparison::Regrouping::Kind kind);

/// Paths of sections joined by " + ".
QString pathList(const QList<ReportComparison::Part> &parts);

/// A figure as a row of the comparison's tables (CLI text and Markdown): indicator, metric, kind,
/// each report's value with its period, the change, the target word.
QStringList figureRow(const FigureChange &f);

/// "kept", "raised", "lowered", or empty for a figure that is no target of both reports.
QString targetWord(FigureChange::Target target);

} // namespace ReportLens
