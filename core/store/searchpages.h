#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtAlgorithms>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>

namespace ReportLens {
class Library;
}

/// How SearchPostings stores a segment (internal to core/store): varints, pages of records of
/// consecutive grams, and the merge of segments into one.
namespace ReportLens::SearchPages {

// A segment is stored as pages of consecutive grams (in UTF-8 byte order, which is code point
// order): a row per gram cost more to write than the rest of an import, and a query reads one page
// per gram and segment. A page holds records up to this size, so that two rows share one of
// PostgreSQL's 8 KB blocks (half of each block stood empty with pages of 3.6 KB and more); a record
// larger than that is a page of its own, stored out of line (TOAST) past the table's tuple target.
inline constexpr qsizetype PageBytes = 4000;
// A statement carries at most about this many bytes of pages, and a merge reads about this much
// at a time, so neither holds a whole large segment in memory.
inline constexpr qsizetype ChunkBytes = 4 << 20;
// A character's record holds its entries (per report: id, the segment it was indexed in, count,
// as varints); a pair's holds its entries and its positions (appendRecordData), so that a query reads
// one record per pair.
enum Kind { Characters = 0, Pairs = 1 };

// A character (code point) of a folded text and where it starts, in UTF-16 code units: grams are
// made of characters, and positions are offsets in the text.
struct Character
{
    char32_t code;
    qsizetype offset;
};

QList<Character> characters(const QString &text);

/// A gram as a number whose order is that of its UTF-8 (the order of pages): the first character's
/// code point, then the second's plus one (a pair) or nothing (a character alone). A lone surrogate
/// counts as U+FFFD, which is what UTF-8 writes in its place.
quint64 gramKey(char32_t first, std::optional<char32_t> second = {});
bool isPair(quint64 key);
/// The UTF-8 of a gram, written here rather than through QString: a segment has some 100,000
/// grams to name, and a QString and a QByteArray for each cost more than the rest of writing it.
using GramText = char[8];
QByteArrayView gramText(quint64 key, GramText &buffer);

void appendVarint(QByteArray &out, quint64 value);

// Reads varints from a blob; past its end (a damaged row) it returns 0 and stays there.
class VarintReader
{
public:
    explicit VarintReader(const QByteArray &bytes)
        : m_bytes(bytes)
        , m_at(reinterpret_cast<const uchar *>(m_bytes.constData()))
        , m_end(m_at + m_bytes.size())
    { }
    bool atEnd() const { return m_at >= m_end; }
    qsizetype consumed() const { return m_at - reinterpret_cast<const uchar *>(m_bytes.constData()); }
    void skip(qsizetype bytes) { m_at = std::min(m_at + bytes, m_end); }
    /// Reads past @p count varints without decoding them: eight bytes at a time while all the
    /// varints ending in them are to be skipped (a varint ends in a byte without its high bit).
    void skipVarints(quint64 count)
    {
        while (count >= 8 && m_end - m_at >= 8) {
            quint64 word;
            std::memcpy(&word, m_at, 8);
            count -= quint64(qPopulationCount(~word & 0x8080808080808080ULL));
            m_at += 8;
        }
        for (; count > 0 && m_at < m_end; ++m_at)
            count -= !(*m_at & 0x80);
    }
    quint64 next()
    {
        quint64 value = 0;
        for (int shift = 0; m_at < m_end && shift < 64; shift += 7) {
            const uchar byte = *m_at++;
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                break;
        }
        return value;
    }

private:
    QByteArray m_bytes; // kept: the reader may be given a temporary
    const uchar *m_at;
    const uchar *m_end;
};

/// Appends to @p out a record's data: a character's entries, or a pair's (Kind Pairs): the size of
/// its entries, its entries, then per entry its count of position deltas (UTF-16 offsets in the
/// folded text), all varints.
void appendRecordData(QByteArray &out, Kind kind, QByteArrayView entries, QByteArrayView positions);
/// A pair's record data cut into its entries and its positions.
std::pair<QByteArrayView, QByteArrayView> splitPairRecord(QByteArrayView record);

/// The data of @p gram's record in @p page, without copying the others; null if it has none.
QByteArray recordOf(QByteArrayView page, const QByteArray &gram);

/// Walks @p sources lists, each sorted by key, side by side (a heap of the lists by their next key):
/// hands every item to @p take(list, index) in key order, those of one key in list order, and then
/// the key to @p group(key), which returns false to stop. @p sizeOf(list) is a list's length and
/// @p keyAt(list, index) an item's key.
template<typename SizeOf, typename KeyAt, typename Take, typename Group>
bool mergeSorted(qsizetype sources, SizeOf sizeOf, KeyAt keyAt, Take take, Group group)
{
    QList<qsizetype> next(sources, 0);
    const auto keyOf = [&](qsizetype source) { return keyAt(source, next[source]); };
    const auto after = [&](qsizetype a, qsizetype b) {
        const auto first = keyOf(a), second = keyOf(b);
        return first != second ? second < first : a > b;
    };
    QList<qsizetype> heap;
    for (qsizetype source = 0; source < sources; ++source)
        if (sizeOf(source) > 0)
            heap.append(source);
    std::make_heap(heap.begin(), heap.end(), after);
    while (!heap.isEmpty()) {
        const auto key = keyOf(heap.first());
        while (!heap.isEmpty() && keyOf(heap.first()) == key) {
            std::pop_heap(heap.begin(), heap.end(), after);
            const qsizetype source = heap.last();
            take(source, next[source]);
            if (++next[source] < sizeOf(source))
                std::push_heap(heap.begin(), heap.end(), after);
            else
                heap.removeLast();
        }
        if (!group(key))
            return false;
    }
    return true;
}

/// A PostgreSQL array literal of bytea values in hex (a null QByteArray is NULL).
QString byteaArray(const QList<QByteArray> &values);

/// Writes a segment's records of one kind, grams in ascending order, as pages.
class PageWriter
{
public:
    PageWriter(Library &library, qint64 segment, Kind kind);
    /// Appends the record of @p gram (appendRecordData).
    bool append(QByteArrayView gram, QByteArrayView entries, QByteArrayView positions, QString *error);
    /// Stores what is left; the writer is done.
    bool finish(QString *error);

private:
    void closePage();
    bool store(QString *error);

    Library &m_library;
    qint64 m_segment;
    Kind m_kind;
    QByteArray m_first;
    QByteArray m_page;
    QList<QByteArray> m_firsts;
    QList<QByteArray> m_pages;
    qsizetype m_pendingBytes = 0;
};

/// Merges the records of one kind of the segments @p merged (ids in order, as "1,2,3") into
/// segment @p into: a gram's data in the merged segments, concatenated in segment order.
bool mergePages(Library &library, const QString &merged, qint64 into, Kind kind, QString *error);

} // namespace ReportLens::SearchPages
