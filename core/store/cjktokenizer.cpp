#include "cjktokenizer.h"

#include <sqlite3.h>

#include <cstring>
#include <new>

namespace ReportLens {

namespace {

// Length of the UTF-8 sequence starting with byte c (invalid lead bytes count as one).
int utf8Length(unsigned char c)
{
    if (c < 0x80) return 1;
    if ((c & 0xE0) == 0xC0) return 2;
    if ((c & 0xF0) == 0xE0) return 3;
    if ((c & 0xF8) == 0xF0) return 4;
    return 1;
}

bool isSpaceAt(const char *p, int length)
{
    const auto c = static_cast<unsigned char>(p[0]);
    if (length == 1)
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    // U+3000 IDEOGRAPHIC SPACE (E3 80 80), U+00A0 NO-BREAK SPACE (C2 A0)
    if (length == 3 && c == 0xE3 && static_cast<unsigned char>(p[1]) == 0x80 && static_cast<unsigned char>(p[2]) == 0x80)
        return true;
    return length == 2 && c == 0xC2 && static_cast<unsigned char>(p[1]) == 0xA0;
}

struct Tokenizer
{
    static int create(void *, const char **, int, Fts5Tokenizer **out)
    {
        *out = reinterpret_cast<Fts5Tokenizer *>(new (std::nothrow) char(0));
        return *out ? SQLITE_OK : SQLITE_NOMEM;
    }

    static void destroy(Fts5Tokenizer *tokenizer) { delete reinterpret_cast<char *>(tokenizer); }

    static int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
                        int (*emit)(void *, int, const char *, int, int, int))
    {
        const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
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
            // Fold ASCII letters only; a one-to-one fold keeps byte offsets valid.
            std::memcpy(buffer, text + position, size_t(first));
            if (first == 1 && buffer[0] >= 'A' && buffer[0] <= 'Z')
                buffer[0] = char(buffer[0] - 'A' + 'a');

            const int next = position + first;
            int second = 0;
            if (next < length) {
                second = utf8Length(static_cast<unsigned char>(text[next]));
                if (next + second > length || isSpaceAt(text + next, second))
                    second = 0;
            }
            if (second > 0) {
                std::memcpy(buffer + first, text + next, size_t(second));
                if (second == 1 && buffer[first] >= 'A' && buffer[first] <= 'Z')
                    buffer[first] = char(buffer[first] - 'A' + 'a');
            }

            int rc = SQLITE_OK;
            if (query) {
                // A query run of n ≥ 2 characters is the phrase of its bigrams; a lone character is a unigram.
                if (second > 0)
                    rc = emit(context, 0, buffer, first + second, position, next + second);
                else if (runLength == 1)
                    rc = emit(context, 0, buffer, first, position, next);
            } else {
                rc = emit(context, 0, buffer, first, position, next);
                if (rc == SQLITE_OK && second > 0)
                    rc = emit(context, FTS5_TOKEN_COLOCATED, buffer, first + second, position, next + second);
            }
            if (rc != SQLITE_OK)
                return rc;
            position = next;
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

} // namespace

bool registerCjkTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return false;
    static fts5_tokenizer tokenizer = {&Tokenizer::create, &Tokenizer::destroy, &Tokenizer::tokenize};
    return api->xCreateTokenizer(api, CjkTokenizerName, nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace ReportLens
