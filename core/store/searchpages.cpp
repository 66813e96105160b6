#include "searchpages.h"

#include "library.h"
#include "sqlsupport.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ReportLens::SearchPages {

namespace {

// A bytea literal of our own bytes, for a statement's text.
QString byteaLiteral(const QByteArray &value)
{
    return QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(value.toHex()));
}

} // namespace

QList<Character> characters(const QString &text)
{
    QList<Character> result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        result.append({pair ? QChar::surrogateToUcs4(text[i], text[i + 1]) : char32_t(text[i].unicode()), i});
        i += pair ? 2 : 1;
    }
    return result;
}

quint64 gramKey(char32_t first, std::optional<char32_t> second)
{
    const auto valid = [](char32_t c) { return QChar::isSurrogate(c) ? char32_t(QChar::ReplacementCharacter) : c; };
    return quint64(valid(first)) << 32 | (second ? quint64(valid(*second)) + 1 : 0);
}

bool isPair(quint64 key)
{
    return (key & 0xffffffffu) != 0;
}

QByteArrayView gramText(quint64 key, GramText &buffer)
{
    qsizetype size = 0;
    const auto put = [&](char32_t c) {
        if (c < 0x80) {
            buffer[size++] = char(c);
        } else if (c < 0x800) {
            buffer[size++] = char(0xc0 | c >> 6);
            buffer[size++] = char(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            buffer[size++] = char(0xe0 | c >> 12);
            buffer[size++] = char(0x80 | (c >> 6 & 0x3f));
            buffer[size++] = char(0x80 | (c & 0x3f));
        } else {
            buffer[size++] = char(0xf0 | c >> 18);
            buffer[size++] = char(0x80 | (c >> 12 & 0x3f));
            buffer[size++] = char(0x80 | (c >> 6 & 0x3f));
            buffer[size++] = char(0x80 | (c & 0x3f));
        }
    };
    put(char32_t(key >> 32));
    if (isPair(key))
        put(char32_t((key & 0xffffffffu) - 1));
    return QByteArrayView(buffer, size);
}

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

namespace {

qsizetype varintSize(quint64 value)
{
    qsizetype size = 1;
    for (; value >= 0x80; value >>= 7)
        ++size;
    return size;
}

qsizetype recordDataSize(Kind kind, QByteArrayView entries, QByteArrayView positions)
{
    return kind == Characters ? entries.size()
                              : varintSize(quint64(entries.size())) + entries.size() + positions.size();
}

} // namespace

void appendRecordData(QByteArray &out, Kind kind, QByteArrayView entries, QByteArrayView positions)
{
    if (kind == Pairs)
        appendVarint(out, quint64(entries.size()));
    out.append(entries);
    if (kind == Pairs)
        out.append(positions);
}

std::pair<QByteArrayView, QByteArrayView> splitPairRecord(QByteArrayView record)
{
    const QByteArray bytes = QByteArray::fromRawData(record.data(), record.size());
    VarintReader reader(bytes);
    const auto entries = qsizetype(reader.next());
    const qsizetype start = reader.consumed();
    const qsizetype end = std::min(start + entries, record.size()); // a damaged record stops at its end
    return {record.sliced(start, end - start), record.sliced(end)};
}

namespace {

// Hands each record of @p page (gram, data) to @p visit, in order, until it returns false.
template<typename Visit>
void walkRecords(const QByteArray &page, Visit visit)
{
    VarintReader reader(page);
    const auto take = [&](quint64 length) {
        const qsizetype start = reader.consumed();
        reader.skip(qsizetype(length)); // stops at the end of a damaged page
        return QByteArrayView(page.constData() + start, reader.consumed() - start);
    };
    while (!reader.atEnd()) {
        const QByteArrayView gram = take(reader.next());
        if (!visit(gram, take(reader.next())))
            return;
    }
}

} // namespace

QByteArray recordOf(QByteArrayView page, const QByteArray &gram)
{
    QByteArray found;
    walkRecords(QByteArray::fromRawData(page.data(), page.size()), [&](QByteArrayView pageGram, QByteArrayView data) {
        if (pageGram != gram)
            return true;
        found = data.toByteArray();
        return false;
    });
    return found;
}

// A PostgreSQL array literal of bytea values in hex (a null QByteArray is NULL).
QString byteaArray(const QList<QByteArray> &values)
{
    QByteArray literal("{");
    for (const QByteArray &value : values) {
        if (literal.size() > 1)
            literal += ',';
        literal += value.isNull() ? QByteArray("NULL") : "\"\\\\x" + value.toHex() + '"';
    }
    return QString::fromLatin1(literal + '}');
}

PageWriter::PageWriter(Library &library, qint64 segment, Kind kind)
    : m_library(library)
    , m_segment(segment)
    , m_kind(kind)
{ }

bool PageWriter::append(QByteArrayView gram, QByteArrayView entries, QByteArrayView positions, QString *error)
{
    // A record goes whole into one page: on a page of its own if it does not fit the current one.
    const qsizetype dataBytes = recordDataSize(m_kind, entries, positions);
    const qsizetype recordBytes =
        varintSize(quint64(gram.size())) + gram.size() + varintSize(quint64(dataBytes)) + dataBytes;
    if (!m_page.isEmpty() && m_page.size() + recordBytes > PageBytes)
        closePage();
    if (m_page.isEmpty())
        m_first = gram.toByteArray();
    appendVarint(m_page, quint64(gram.size()));
    m_page += gram;
    appendVarint(m_page, quint64(dataBytes));
    appendRecordData(m_page, m_kind, entries, positions);
    if (m_page.size() >= PageBytes)
        closePage();
    return m_pendingBytes < ChunkBytes || store(error);
}

bool PageWriter::finish(QString *error)
{
    if (!m_page.isEmpty())
        closePage();
    return store(error);
}

void PageWriter::closePage()
{
    m_firsts.append(m_first);
    m_pages.append(m_page);
    m_pendingBytes += m_page.size();
    m_page = QByteArray();
    m_page.reserve(PageBytes + 64);
}

bool PageWriter::store(QString *error)
{
    if (m_pages.isEmpty())
        return true;
    // The pages in one bytea cut apart on the server: PostgreSQL reads that at twice the speed of
    // an array of bytea.
    QByteArray blob;
    blob.reserve(m_pendingBytes);
    QStringList lengths;
    for (const QByteArray &page : std::as_const(m_pages)) {
        blob += page;
        lengths.append(QString::number(page.size()));
    }
    QSqlQuery insert(m_library.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO search_pages (segment, kind, first_gram, data) SELECT ?, ?, u.f, substring(b.all FROM "
        "(sum(u.l) OVER (ORDER BY u.n) - u.l + 1)::integer FOR u.l) FROM (SELECT ?::bytea AS all) b, "
        "unnest(?::bytea[], ?::integer[]) WITH ORDINALITY AS u(f, l, n)"));
    insert.addBindValue(m_segment);
    insert.addBindValue(int(m_kind));
    insert.addBindValue(blob);
    insert.addBindValue(byteaArray(m_firsts));
    insert.addBindValue(QStringLiteral("{%1}").arg(lengths.join(u',')));
    m_firsts.clear();
    m_pages.clear();
    m_pendingBytes = 0;
    return insert.exec() || Sql::failed(insert, error);
}

bool mergePages(Library &library, const QString &merged, qint64 into, Kind kind, QString *error)
{
    QSqlQuery q(library.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT first_gram, octet_length(data) FROM search_pages "
                               "WHERE segment IN (%1) AND kind = %2 ORDER BY first_gram")
                    .arg(merged)
                    .arg(int(kind))))
        return Sql::failed(q, error);
    QList<QByteArray> bounds{QByteArray("")}; // where each range starts; the last one runs on to the end
    qint64 bytes = 0;
    while (q.next()) {
        bytes += q.value(1).toLongLong();
        if (bytes >= ChunkBytes && q.value(0).toByteArray() != bounds.last()) {
            bounds.append(q.value(0).toByteArray());
            bytes = 0;
        }
    }
    PageWriter writer(library, into, kind);
    for (qsizetype r = 0; r < bounds.size(); ++r) {
        const QByteArray &low = bounds[r];
        const bool last = r + 1 == bounds.size();
        // From the page holding the range's first gram in each segment to the last page that
        // begins before the next range.
        if (!q.exec(QStringLiteral("SELECT s.id, p.data FROM unnest(ARRAY[%1]::bigint[]) AS s(id) CROSS JOIN LATERAL "
                                   "(SELECT coalesce((SELECT o.first_gram FROM search_pages o WHERE o.segment = s.id "
                                   "AND o.kind = %2 AND o.first_gram <= %3 ORDER BY o.first_gram DESC LIMIT 1), "
                                   "''::bytea) AS start) b JOIN search_pages p ON p.segment = s.id AND p.kind = %2 "
                                   "AND p.first_gram >= b.start%4 ORDER BY s.id, p.first_gram")
                        .arg(merged)
                        .arg(int(kind))
                        .arg(byteaLiteral(low),
                             last ? QString() : QStringLiteral(" AND p.first_gram < ") + byteaLiteral(bounds[r + 1]))))
            return Sql::failed(q, error);
        // Each segment's records in the range, in gram order (its pages come in order), merged by
        // gram: a gram's entries (and a pair's positions) concatenated in segment order.
        QList<QByteArray> pages; // what the records' views point into
        QList<QList<std::pair<QByteArrayView, QByteArrayView>>> sources;
        for (qint64 segment = -1; q.next();) {
            if (q.value(0).toLongLong() != segment) {
                segment = q.value(0).toLongLong();
                sources.append(QList<std::pair<QByteArrayView, QByteArrayView>>());
            }
            pages.append(q.value(1).toByteArray());
            walkRecords(pages.last(), [&](QByteArrayView gram, QByteArrayView data) {
                if (gram.compare(low) >= 0 && (last || gram.compare(bounds[r + 1]) < 0))
                    sources.last().append(std::pair{gram, data});
                return true;
            });
        }
        QByteArray entries, positions;
        const bool walked = mergeSorted(
            sources.size(), [&](qsizetype source) { return sources[source].size(); },
            [&](qsizetype source, qsizetype i) {
                const QByteArrayView gram = sources[source][i].first;
                return std::string_view(gram.data(), size_t(gram.size()));
            },
            [&](qsizetype source, qsizetype i) {
                const QByteArrayView data = sources[source][i].second;
                if (kind == Characters) {
                    entries += data;
                    return;
                }
                const auto [pairEntries, pairPositions] = splitPairRecord(data);
                entries += pairEntries;
                positions += pairPositions;
            },
            [&](std::string_view gram) {
                const bool appended =
                    writer.append(QByteArrayView(gram.data(), qsizetype(gram.size())), entries, positions, error);
                entries.resize(0);
                positions.resize(0);
                return appended;
            });
        if (!walked)
            return false;
    }
    return writer.finish(error);
}

} // namespace ReportLens::SearchPages
