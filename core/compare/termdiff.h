#pragma once

#include "compare/textdiff.h"

#include <QList>

#include <functional>
#include <QString>
#include <QStringView>

namespace ReportLens {

/// The terms one report uses and another does not: 新质生产力 in 2024 against 2022, 疫情防控 the other
/// way. Terms are ICU words, the words ICU's dictionary does not know (a new coinage comes out of
/// the word breaker as single characters, 新|质|生产|力, and is joined back into one term), and
/// phrases of up to a few words that recur in the report (高质量发展). A term is new when the other
/// text does not contain it at all, so a reworded sentence does not make its words new.
/// Rules (function characters, limits) come from resources/terms.json.
namespace TermDiff {

struct Term
{
    QString text;
    QList<TextDiff::Range> places; ///< Every occurrence in the text it comes from, in order
    double weight = 0; ///< See Weighting
    qsizetype count() const { return places.size(); }
};

/// How much a term says: its uses in the report times how rare it is in the library, the log of
/// (reports + 1) / reports using it (idf). 新质生产力, used once and nowhere else, outweighs 回升,
/// used five times here and in most reports. Without a library a term weighs its uses.
struct Weighting
{
    qsizetype reports = 0;
    std::function<qsizetype(const QString &)> reportsUsing;
};

struct Result
{
    QList<Term> added; ///< In the right text only, heaviest first
    QList<Term> dropped; ///< In the left text only, heaviest first
};

/// The terms of @p text that @p other does not contain, heaviest first (longer first among
/// equals); a term that occurs only inside a longer new term is left out.
QList<Term> missingFrom(QStringView text, QStringView other, const Weighting &weighting = {});

Result compare(QStringView left, QStringView right, const Weighting &weighting = {});

/// Weighs @p terms (see Weighting) and orders them heaviest first, longer first among equals.
void weigh(QList<Term> &terms, const Weighting &weighting);

} // namespace TermDiff
} // namespace ReportLens
