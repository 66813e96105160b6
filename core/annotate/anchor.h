#pragma once

#include <QString>

namespace ReportLens {

/// Where an annotation sits: the quoted text, 32 characters of context either side, and offsets in
/// the clean text. Quote and context let it be found again when the text changes.
struct Anchor
{
    QString quote;
    QString prefix;
    QString suffix;
    qsizetype start = 0;
    qsizetype end = 0;

    static constexpr qsizetype ContextLength = 32;

    /// The anchor of [@p start, @p end) in @p text.
    static Anchor fromRange(const QString &text, qsizetype start, qsizetype end);
};

/// Finds an anchor again in a changed text: the exact quote first (the occurrence whose context fits
/// best), then a fuzzy match that must reach a minimum score. Below it the anchor needs review: it
/// is never moved to a sentence that merely looks alike.
class Reanchorer
{
public:
    enum class Status { Exact, Fuzzy, NeedsReview };

    struct Result
    {
        Status status = Status::NeedsReview;
        qsizetype start = 0;
        qsizetype end = 0;
        double score = 0; ///< 1 for an exact match
    };

    /// @p minimumScore: how similar (0–1) the quote and the found passage must be for a fuzzy match.
    explicit Reanchorer(double minimumScore = 0.8)
        : m_minimumScore(minimumScore)
    { }

    Result find(const Anchor &anchor, const QString &text) const;

    /// Similarity of two strings by their character bigrams (Dice coefficient), 0–1.
    static double similarity(QStringView a, QStringView b);

private:
    double m_minimumScore;
};

} // namespace ReportLens
