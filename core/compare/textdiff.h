#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ReportLens {

/// What changed between two texts (two reports, or two aligned sections), at the level a reader of
/// government reports thinks in. Reports are rewritten every year, so a character diff marks
/// nearly everything; instead sentences are matched across the two texts by similarity wherever
/// they stand (a sentence moved is the same sentence), and inside a matched pair that is not
/// identical the words (ICU word breaks) that differ are marked.
namespace TextDiff {

/// A span of the text compared, [start, end).
struct Range
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool operator==(const Range &) const = default;
};

/// One sentence of either side with what became of it. A matched sentence has its counterpart's
/// index; one without (-1) is new (right side) or dropped (left side).
struct Sentence
{
    Range range;
    qsizetype counterpart = -1;
    double similarity = 0; ///< With its counterpart, 0–1 (1: the same, punctuation aside)
};

struct Result
{
    QList<Sentence> left;
    QList<Sentence> right;
    /// What to mark: on the left the dropped sentences and the words taken out of edited ones, on
    /// the right the new sentences and the words put in. Ordered, not overlapping.
    QList<Range> leftMarks;
    QList<Range> rightMarks;

    qsizetype sameCount() const; ///< Sentence pairs identical (punctuation and spaces aside)
    qsizetype editedCount() const; ///< Pairs matched but changed in some words
    qsizetype droppedCount() const; ///< Left sentences without a counterpart
    qsizetype newCount() const; ///< Right sentences without a counterpart
};

/// The sentences of @p text: each ends after 。！？； (with closing quotes or brackets after it) or at
/// a line break; empty ones are left out.
QList<Range> sentences(QStringView text);

/// How alike two sentences are, 0–1: the Dice coefficient of their character bigrams, letters,
/// digits and ideographs only.
double similarity(QStringView left, QStringView right);

/// Compares @p left with @p right. Sentences at least @p threshold alike are paired, the most alike
/// first, each sentence at most once.
Result compare(QStringView left, QStringView right, double threshold = 0.5);

} // namespace TextDiff
} // namespace ReportLens
