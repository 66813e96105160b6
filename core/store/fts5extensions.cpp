#include "fts5extensions.h"

#include "util/scriptfolding.h"

#include <QList>
#include <QScopeGuard>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <cstdlib>
#include <memory>
#include <new>

namespace ReportLens {

namespace {

// A character's count in a report is kept as up to this many bits (16 million occurrences: more
// than the importer's largest file, 32 MB, can hold of one character).
constexpr int CountBits = 24;
// The token that marks each bit's position: a byte no UTF-8 text holds, so no query finds it.
constexpr char CountMarker[] = "\xff";

// Length of the UTF-8 sequence starting with byte c (invalid lead bytes count as one).
int utf8Length(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0)
        return 2;
    if ((c & 0xF0) == 0xE0)
        return 3;
    if ((c & 0xF8) == 0xF0)
        return 4;
    return 1;
}

// Whether the UTF-8 character of @p length bytes at @p p separates tokens.
bool isSpaceAt(const char *p, int length)
{
    const auto byte = [p](int i) { return char32_t(static_cast<unsigned char>(p[i])); };
    char32_t c = byte(0);
    if (length == 2)
        c = (c & 0x1F) << 6 | (byte(1) & 0x3F);
    else if (length == 3)
        c = (c & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
    else if (length != 1)
        return false; // no separator lies outside the BMP
    return isTokenSeparator(c);
}

// The code point of the UTF-8 character of @p length bytes at @p p (anything invalid within
// U+10FFFF: it indexes a table of counts).
char32_t codePoint(const char *p, int length)
{
    const auto byte = [p](int i) { return char32_t(static_cast<unsigned char>(p[i])); };
    switch (length) {
    case 2: return (byte(0) & 0x1F) << 6 | (byte(1) & 0x3F);
    case 3: return (byte(0) & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
    case 4:
        return std::min<char32_t>(
            (byte(0) & 0x07) << 18 | (byte(1) & 0x3F) << 12 | (byte(2) & 0x3F) << 6 | (byte(3) & 0x3F), 0x10FFFF);
    default: return byte(0);
    }
}

// A tokenizer keeps no state of its own; FTS5 still wants an object to create and destroy.
int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new (std::nothrow) char(0));
    return *out ? SQLITE_OK : SQLITE_NOMEM;
}

void destroyTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<char *>(tokenizer);
}

struct Tokenizer
{
    static int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
                        int (*emit)(void *, int, const char *, int, int, int))
    {
        const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
        const char16_t *const script = ScriptFolding::table();
        char buffer[8];
        int position = 0;
        int runLength = 0; // characters so far in the current run of non-space characters
        while (position < length) {
            const int first = utf8Length(static_cast<unsigned char>(text[position]));
            if (position + first > length)
                break;
            if (isSpaceAt(text + position, first)) {
                position += first;
                runLength = 0;
                continue;
            }
            ++runLength;
            copyFolded(buffer, text + position, first, script);
            const int next = position + first;
            int second = 0;
            if (next < length) {
                second = utf8Length(static_cast<unsigned char>(text[next]));
                if (next + second > length || isSpaceAt(text + next, second))
                    second = 0;
            }
            int rc = SQLITE_OK;
            if (second > 0) {
                copyFolded(buffer + first, text + next, second, script);
                rc = emit(context, 0, buffer, first + second, position, next + second);
            } else if (!query || runLength == 1 || hasMoreTokens(text + next, length - next)) {
                // The last character of a run stands alone. In a query, a run of two or more
                // characters that ends the query is covered by its bigrams: whatever follows it
                // in the text does not matter.
                rc = emit(context, 0, buffer, first, position, next);
            }
            if (rc != SQLITE_OK)
                return rc;
            position = next;
        }
        return SQLITE_OK;
    }

    // Copies one UTF-8 character, folding ASCII letters to lower case and Traditional characters
    // to Simplified (@p script: ScriptFolding's table). Every character the table folds, and its
    // folded form, is a Han character of three UTF-8 bytes, so a token keeps its length; the
    // offsets FTS5 records are those of the text as written in any case.
    static void copyFolded(char *out, const char *in, int length, const char16_t *script)
    {
        std::memcpy(out, in, size_t(length));
        if (length == 1) {
            if (out[0] >= 'A' && out[0] <= 'Z')
                out[0] = char(out[0] - 'A' + 'a');
        } else if (length == 3) {
            const auto byte = [in](int i) { return char16_t(static_cast<unsigned char>(in[i])); };
            const char16_t c = char16_t((byte(0) & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F));
            const char16_t folded = script[c];
            if (folded != c && folded >= 0x800) {
                out[0] = char(0xE0 | (folded >> 12));
                out[1] = char(0x80 | ((folded >> 6) & 0x3F));
                out[2] = char(0x80 | (folded & 0x3F));
            }
        }
    }

private:
    // True when a non-space character follows in text[0, length).
    static bool hasMoreTokens(const char *text, int length)
    {
        for (int position = 0; position < length;) {
            const int n = utf8Length(static_cast<unsigned char>(text[position]));
            if (position + n > length)
                return false;
            if (!isSpaceAt(text + position, n))
                return true;
            position += n;
        }
        return false;
    }
};

// The tokenizer of the index of characters (search_characters): a one-character query needs which
// reports hold the character and how often, not where. For a document it emits, for every bit
// k of 0..23, a marker at position k and then, at that same position (colocated), every distinct
// character whose count in the text has bit k set; a character's positions in a report are thus
// the bits of its count, a few bytes where the positions of every occurrence took one to three
// each. Characters are folded as the CJK tokenizer folds them. A query is tokenized as the
// CJK tokenizer's one-character query: the folded character.
struct CharacterCountTokenizer
{
    static int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
                        int (*emit)(void *, int, const char *, int, int, int))
    {
        const char16_t *const script = ScriptFolding::table();
        struct Counted
        {
            char bytes[4];
            int length;
            quint32 count;
        };
        // Where each character's count is, by code point (slot + 1; 0: not seen yet), and the
        // counts, kept per thread: a report has about a thousand distinct characters, and a map
        // made for each report cost more than the counting. calloc: the pages of code points no
        // text uses are never touched.
        thread_local const std::unique_ptr<quint32, void (*)(void *)> slots(
            static_cast<quint32 *>(std::calloc(0x110000, sizeof(quint32))), &std::free);
        quint32 *const slotOf = slots.get();
        if (!slotOf)
            return SQLITE_NOMEM;
        thread_local QList<Counted> counted;
        const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
        for (int position = 0; position < length;) {
            const int n = utf8Length(static_cast<unsigned char>(text[position]));
            if (position + n > length)
                break;
            if (!isSpaceAt(text + position, n)) {
                Counted c{{}, n, 1};
                Tokenizer::copyFolded(c.bytes, text + position, n, script);
                if (query) {
                    if (const int rc = emit(context, 0, c.bytes, n, position, position + n); rc != SQLITE_OK)
                        return rc;
                } else if (quint32 &slot = slotOf[codePoint(c.bytes, n)]; slot == 0) {
                    counted.append(c);
                    slot = quint32(counted.size());
                } else {
                    ++counted[slot - 1].count;
                }
            }
            position += n;
        }
        // The table is left empty for the next text, whichever way this one ends.
        const auto reset = qScopeGuard([&] {
            for (const Counted &c : std::as_const(counted))
                slotOf[codePoint(c.bytes, c.length)] = 0;
            counted.clear();
        });
        if (query)
            return SQLITE_OK;
        for (int bit = 0; bit < CountBits; ++bit) {
            if (const int rc = emit(context, 0, CountMarker, 1, 0, 0); rc != SQLITE_OK)
                return rc;
            for (const Counted &c : std::as_const(counted))
                if (c.count >> bit & 1)
                    if (const int rc = emit(context, FTS5_TOKEN_COLOCATED, c.bytes, c.length, 0, 0); rc != SQLITE_OK)
                        return rc;
        }
        return SQLITE_OK;
    }
};

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

// The number of matches of the query phrase in the current row, from the position lists the
// match already read: counting hits per report needs no report text.
void hitCount(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int, sqlite3_value **)
{
    int count = 0;
    const int rc = api->xInstCount(fts, &count);
    if (rc == SQLITE_OK)
        sqlite3_result_int(result, count);
    else
        sqlite3_result_error_code(result, rc);
}

// How many times the query's character occurs in the current row of search_characters: the sum of
// the bits its positions stand for.
void characterCount(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int, sqlite3_value **)
{
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    qint64 count = 0;
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, bit = 0;
        rc = api->xInst(fts, i, &phrase, &column, &bit);
        if (rc == SQLITE_OK && phrase == 0 && bit >= 0 && bit < CountBits)
            count += qint64(1) << bit;
    }
    if (rc == SQLITE_OK)
        sqlite3_result_int64(result, count);
    else
        sqlite3_result_error_code(result, rc);
}

} // namespace

bool registerFts5Extensions(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return false;
    static fts5_tokenizer tokenizer = {&createTokenizer, &destroyTokenizer, &Tokenizer::tokenize};
    static fts5_tokenizer counts = {&createTokenizer, &destroyTokenizer, &CharacterCountTokenizer::tokenize};
    return api->xCreateTokenizer(api, CjkTokenizerName, nullptr, &tokenizer, nullptr) == SQLITE_OK
        && api->xCreateTokenizer(api, CharacterCountTokenizerName, nullptr, &counts, nullptr) == SQLITE_OK
        && api->xCreateFunction(api, HitCountFunctionName, nullptr, &hitCount, nullptr) == SQLITE_OK
        && api->xCreateFunction(api, CharacterCountFunctionName, nullptr, &characterCount, nullptr) == SQLITE_OK;
}

} // namespace ReportLens
