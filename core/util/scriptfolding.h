#pragma once

#include <QString>
#include <QStringView>

namespace ReportLens {

/// Traditional → Simplified folding, one UTF-16 unit for one, so that every offset in a folded
/// text is the offset of the same character in the text as written ("one text, two forms": the
/// reader shows what was written; metadata, outline, figures and search work on the folded form).
///
/// The table comes from ICU's "Traditional-Simplified" transliterator applied to each Han
/// character of the BMP, built once on first use (a few hundred milliseconds: ICU compiles its
/// rules) and shared by all threads. It keeps only what is safe to fold in any text:
/// - one character to one character, both in the BMP;
/// - never a character that Simplified text uses itself: a source encodable in GB2312 (the
///   Simplified national character set) is left alone, so 著 (显著), 乾 (乾坤), 俱 (俱乐部) and also
///   後 and 於, which GB2312 carries, are never changed; Simplified text folds to itself;
/// - idempotent: a folded character never folds again.
namespace ScriptFolding {

/// The folded form of @p c (itself when it does not fold). Builds the table on first use.
char16_t fold(char16_t c);

/// The whole table, indexed by UTF-16 unit: for a hot loop (the full-text tokenizer) that
/// folds every character of every report. Never null; lives as long as the program.
const char16_t *table();

/// @p text with every character folded; the same string (shared, not copied) when nothing
/// folds, which is the case for Simplified text.
QString fold(const QString &text);

/// Whether any character of @p text folds.
bool changes(QStringView text);

/// Han characters in @p text, and of them those that fold.
struct ScriptCounts
{
    qsizetype han = 0;
    qsizetype folding = 0;
};
ScriptCounts count(QStringView text);

/// "traditional" when a clear share of @p text's Han characters are Traditional forms (in a
/// Traditional report about one in five is; in a Simplified one, almost none), else "simplified".
QString detectScript(QStringView text);

/// Milliseconds the table took to build, or -1 while it has not been needed yet (for benchmarks).
double buildMilliseconds();

} // namespace ScriptFolding
} // namespace ReportLens
