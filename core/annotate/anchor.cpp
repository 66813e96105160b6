#include "anchor.h"

#include <QHash>
#include <QList>

#include <cmath>

namespace ReportLens {

Anchor Anchor::fromRange(const QString &text, qsizetype start, qsizetype end)
{
    Anchor a;
    a.start = std::clamp<qsizetype>(start, 0, text.size());
    a.end = std::clamp<qsizetype>(end, a.start, text.size());
    a.quote = text.mid(a.start, a.end - a.start);
    const qsizetype prefixStart = std::max<qsizetype>(0, a.start - ContextLength);
    a.prefix = text.mid(prefixStart, a.start - prefixStart);
    a.suffix = text.mid(a.end, ContextLength);
    return a;
}

double Reanchorer::similarity(QStringView a, QStringView b)
{
    if (a == b)
        return 1.0;
    if (a.size() < 2 || b.size() < 2)
        return 0.0;
    QHash<quint32, int> counts;
    for (qsizetype i = 0; i + 1 < a.size(); ++i)
        ++counts[(quint32(a[i].unicode()) << 16) | a[i + 1].unicode()];
    int shared = 0;
    for (qsizetype i = 0; i + 1 < b.size(); ++i) {
        auto it = counts.find((quint32(b[i].unicode()) << 16) | b[i + 1].unicode());
        if (it != counts.end() && it.value() > 0) {
            --it.value();
            ++shared;
        }
    }
    return 2.0 * shared / double(a.size() - 1 + b.size() - 1);
}

namespace {

// How well the text around [start, end) matches the anchor's context, 0–1.
double contextScore(const Anchor &anchor, const QString &text, qsizetype start, qsizetype end)
{
    const qsizetype prefixStart = std::max<qsizetype>(0, start - Anchor::ContextLength);
    const QStringView prefix = QStringView(text).mid(prefixStart, start - prefixStart);
    const QStringView suffix = QStringView(text).mid(end, Anchor::ContextLength);
    double score = 0;
    int parts = 0;
    if (!anchor.prefix.isEmpty()) {
        score += Reanchorer::similarity(anchor.prefix, prefix);
        ++parts;
    }
    if (!anchor.suffix.isEmpty()) {
        score += Reanchorer::similarity(anchor.suffix, suffix);
        ++parts;
    }
    return parts ? score / parts : 1.0;
}

} // namespace

Reanchorer::Result Reanchorer::find(const Anchor &anchor, const QString &text) const
{
    Result result;
    result.start = anchor.start;
    result.end = anchor.end;
    if (anchor.quote.isEmpty())
        return result;

    // 1. The exact quote; among several occurrences the one whose context fits best, then the nearest.
    double bestContext = -1;
    qsizetype bestDistance = 0;
    for (qsizetype at = text.indexOf(anchor.quote); at >= 0; at = text.indexOf(anchor.quote, at + 1)) {
        const double context = contextScore(anchor, text, at, at + anchor.quote.size());
        const qsizetype distance = std::abs(at - anchor.start);
        if (context > bestContext + 1e-9 || (std::abs(context - bestContext) <= 1e-9 && distance < bestDistance)) {
            bestContext = context;
            bestDistance = distance;
            result.start = at;
        }
    }
    // The same words elsewhere in a different passage are a lookalike, not the annotated place:
    // accept an exact match only where the context agrees, or for a long quote found once.
    const bool unique = bestContext >= 0 && text.indexOf(anchor.quote, text.indexOf(anchor.quote) + 1) < 0;
    if (bestContext >= 0.3 || (bestContext >= 0 && unique && anchor.quote.size() >= 40)) {
        result.status = Status::Exact;
        result.end = result.start + anchor.quote.size();
        result.score = 1.0;
        return result;
    }

    // 2. Fuzzy: passages near places where a piece of the quote (or its context) still occurs.
    const qsizetype length = anchor.quote.size();
    const qsizetype piece = std::clamp<qsizetype>(length / 4, 2, 12);
    QList<qsizetype> seeds;
    auto addSeeds = [&](QStringView needle, qsizetype offsetInQuote) {
        if (needle.size() < 2)
            return;
        for (qsizetype at = text.indexOf(needle); at >= 0 && seeds.size() < 400; at = text.indexOf(needle, at + 1))
            seeds.append(at - offsetInQuote);
    };
    for (qsizetype offset = 0; offset + piece <= length; offset += std::max<qsizetype>(piece, length / 6))
        addSeeds(QStringView(anchor.quote).mid(offset, piece), offset);
    addSeeds(QStringView(anchor.prefix).right(piece), -piece);
    addSeeds(QStringView(anchor.suffix).left(piece), length);

    double best = 0;
    for (qsizetype seed : seeds) {
        // Let the passage grow or shrink by a fifth of the quote, around the seed.
        const qsizetype slack = std::max<qsizetype>(2, length / 5);
        for (qsizetype start = seed - slack; start <= seed + slack; start += std::max<qsizetype>(1, slack / 4)) {
            for (qsizetype size = length - slack; size <= length + slack; size += std::max<qsizetype>(1, slack / 4)) {
                if (start < 0 || size <= 0 || start + size > text.size())
                    continue;
                const double quoteScore = similarity(anchor.quote, QStringView(text).mid(start, size));
                if (quoteScore < m_minimumScore)
                    continue;
                // The quote must match; the context decides between lookalikes and must agree too.
                const double context = contextScore(anchor, text, start, start + size);
                const double score = 0.75 * quoteScore + 0.25 * context;
                if (context >= 0.5 && score > best) {
                    best = score;
                    result.start = start;
                    result.end = start + size;
                }
            }
        }
    }
    if (best > 0 && bestContext < 0) {
        result.status = Status::Fuzzy;
        result.score = best;
        return result;
    }
    result.start = anchor.start;
    result.end = anchor.end;
    return result;
}

} // namespace ReportLens
