#include "searchpages.h"

#include "library.h"
#include "sqlsupport.h"

#include <QMap>
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

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

QByteArray pairRecord(const QByteArray &entries, const QByteArray &positions)
{
    QByteArray record;
    record.reserve(entries.size() + positions.size() + 4);
    appendVarint(record, quint64(entries.size()));
    return record + entries + positions;
}

std::pair<QByteArray, QByteArray> splitPairRecord(const QByteArray &record)
{
    VarintReader reader(record);
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

// The records of a page, in order.
QList<Record> records(const QByteArray &page)
{
    QList<Record> result;
    walkRecords(page, [&](QByteArrayView gram, QByteArrayView data) {
        result.append({gram.toByteArray(), data.toByteArray()});
        return true;
    });
    return result;
}

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

bool PageWriter::append(const QByteArray &gram, const QByteArray &data, QString *error)
{
    // A record goes whole into one page: on a page of its own if it does not fit the current one.
    const qsizetype recordBytes = gram.size() + data.size() + 2 * 10; // and at most 10 per length
    if (!m_page.isEmpty() && m_page.size() + recordBytes > PageBytes)
        closePage();
    if (m_page.isEmpty())
        m_first = gram;
    appendVarint(m_page, quint64(gram.size()));
    m_page += gram;
    appendVarint(m_page, quint64(data.size()));
    m_page += data;
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
    m_page.clear();
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
        if (!q.exec(QStringLiteral("SELECT p.data FROM unnest(ARRAY[%1]::bigint[]) AS s(id) CROSS JOIN LATERAL "
                                   "(SELECT coalesce((SELECT o.first_gram FROM search_pages o WHERE o.segment = s.id "
                                   "AND o.kind = %2 AND o.first_gram <= %3 ORDER BY o.first_gram DESC LIMIT 1), "
                                   "''::bytea) AS start) b JOIN search_pages p ON p.segment = s.id AND p.kind = %2 "
                                   "AND p.first_gram >= b.start%4 ORDER BY s.id, p.first_gram")
                        .arg(merged)
                        .arg(int(kind))
                        .arg(byteaLiteral(low),
                             last ? QString() : QStringLiteral(" AND p.first_gram < ") + byteaLiteral(bounds[r + 1]))))
            return Sql::failed(q, error);
        // A gram's records concatenated in segment order; a pair's entries and positions each.
        QMap<QByteArray, std::pair<QByteArray, QByteArray>> grams;
        while (q.next())
            for (const Record &record : records(q.value(0).toByteArray()))
                if (record.gram >= low && (last || record.gram < bounds[r + 1])) {
                    auto &[entries, positions] = grams[record.gram];
                    if (kind == Characters) {
                        entries += record.data;
                        continue;
                    }
                    const auto [pairEntries, pairPositions] = splitPairRecord(record.data);
                    entries += pairEntries;
                    positions += pairPositions;
                }
        for (auto it = grams.cbegin(); it != grams.cend(); ++it)
            if (!writer.append(it.key(), kind == Characters ? it->first : pairRecord(it->first, it->second), error))
                return false;
    }
    return writer.finish(error);
}

} // namespace ReportLens::SearchPages
