#pragma once

struct sqlite3;

namespace ReportLens {

/// Name under which the tokenizer is registered: `CREATE VIRTUAL TABLE … USING fts5(…, tokenize='reportlens_cjk')`.
inline constexpr char CjkTokenizerName[] = "reportlens_cjk";

/// Registers the CJK tokenizer with FTS5 on @p db. Returns false if FTS5 is unavailable.
///
/// FTS5's built-in tokenizers do not serve Chinese: unicode61 treats a run of Han characters as one
/// token, and trigram cannot match queries shorter than three characters, while most real queries
/// are two (就业, 疫情). This tokenizer indexes every non-space character as a unigram and, at the
/// same position (FTS5_TOKEN_COLOCATED), the bigram it starts. A query of n ≥ 2 characters becomes
/// the phrase of its n−1 bigrams, which matches exactly the places the literal string occurs; a
/// one-character query is its unigram. ASCII letters are folded to lower case; nothing else is
/// folded, so results equal a case-insensitive grep -F.
bool registerCjkTokenizer(sqlite3 *db);

} // namespace ReportLens
