#pragma once

struct sqlite3;

namespace ReportLens {

/// Name under which the tokenizer is registered: `CREATE VIRTUAL TABLE … USING fts5(…, tokenize='reportlens_cjk')`.
inline constexpr char CjkTokenizerName[] = "reportlens_cjk";

/// The characters the tokenizer separates tokens at: ASCII whitespace, U+3000 IDEOGRAPHIC SPACE and
/// U+00A0 NO-BREAK SPACE. Search needs the same set to know when a query has a space inside.
constexpr bool isTokenSeparator(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0x3000
        || c == 0x00A0;
}

/// Name of the auxiliary function that counts a row's phrase matches: `reportlens_hits(search_index)`.
inline constexpr char HitCountFunctionName[] = "reportlens_hits";

/// The index of characters (search_characters) answers one-character queries: which reports hold
/// the character and how often, without its positions (a few bytes per character and report where
/// positions cost one to three bytes per occurrence). Its tokenizer and its count function:
/// `reportlens_count(search_characters)` is the row's number of occurrences of the query's character.
inline constexpr char CharacterCountTokenizerName[] = "reportlens_counts";
inline constexpr char CharacterCountFunctionName[] = "reportlens_count";

/// Registers the CJK tokenizer and the hit count function with FTS5 on @p db. Returns false if
/// FTS5 is unavailable.
///
/// FTS5's built-in tokenizers do not serve Chinese: unicode61 treats a run of Han characters as one
/// token, and trigram cannot match queries shorter than three characters, while most real queries
/// are two (就业, 疫情). This tokenizer emits one token per non-space character, as many as trigram:
/// the bigram it starts, or, for the last character before a space (or the end), the character
/// alone. A query of n ≥ 2 characters is the phrase of its n−1 bigrams (plus the last character
/// alone before a space inside the query), which matches exactly where the literal string occurs;
/// a one-character query is answered by the index of characters instead. ASCII
/// letters are folded to lower case and Traditional characters to Simplified (ScriptFolding, one
/// character for one, so offsets stay those of the text as written); nothing else is folded, so
/// results equal a case-insensitive grep -F over the folded texts, which for Simplified texts are
/// the texts themselves.
bool registerFts5Extensions(sqlite3 *db);

} // namespace ReportLens
