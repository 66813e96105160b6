#include "reportstore.h"

#include "annotationstore.h"
#include "indicatorstore.h"
#include "library.h"
#include "searchindex.h"
#include "searchpostings.h"
#include "sqlsupport.h"
#include "storedtexts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ReportLens {

namespace {

QVariant nullable(const QString &value, FieldSource source)
{
    return source == FieldSource::None ? QVariant() : QVariant(value);
}

using Sql::failed;
using Sql::notNull;

QString encodeRemoved(const QList<RemovedRange> &ranges)
{
    QJsonArray array;
    for (const RemovedRange &r : ranges)
        array.append(QJsonObject{{QStringLiteral("start"), double(r.start)},
                                 {QStringLiteral("end"), double(r.end)},
                                 {QStringLiteral("rule"), r.rule}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<RemovedRange> decodeRemoved(const QString &json)
{
    QList<RemovedRange> ranges;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        ranges.append({qsizetype(v[QLatin1String("start")].toDouble()), qsizetype(v[QLatin1String("end")].toDouble()),
                       v[QLatin1String("rule")].toString()});
    return ranges;
}

QString encodeRepairs(const QList<ImportRepair> &repairs)
{
    QJsonArray array;
    for (const ImportRepair &r : repairs)
        array.append(QJsonObject{{QStringLiteral("kind"), r.kind},
                                 {QStringLiteral("detail"), r.detail},
                                 {QStringLiteral("count"), r.count}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ImportRepair> decodeRepairs(const QString &json)
{
    QList<ImportRepair> repairs;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        repairs.append({v[QLatin1String("kind")].toString(), v[QLatin1String("detail")].toString(),
                        v[QLatin1String("count")].toInt()});
    return repairs;
}

QString encodeOffsets(const QList<qsizetype> &offsets)
{
    QStringList parts;
    for (qsizetype o : offsets)
        parts.append(QString::number(o));
    return notNull(parts.join(u','));
}

QList<qsizetype> decodeOffsets(const QString &text)
{
    QList<qsizetype> offsets;
    for (const QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts))
        offsets.append(part.toLongLong());
    return offsets;
}

// Binds the source columns, in the order INSERT and UPDATE both use: content_hash, source_path,
// source_format, encoding.
void bindSource(QSqlQuery &q, const Report &report)
{
    q.addBindValue(report.contentHash);
    q.addBindValue(notNull(report.sourcePath));
    q.addBindValue(notNull(report.format));
    q.addBindValue(notNull(report.encoding));
}

// Writes a report's texts. SQLite's full-text index follows by triggers, under the report's search
// key; a team library's search entries (SearchPostings) are gathered here and stored when the
// transaction commits.
bool writeTexts(Library &library, qint64 id, const Report &report, QString *error,
                const StoredTexts::Values *texts = nullptr)
{
    const Engine engine = library.engine();
    // An upsert, not INSERT OR REPLACE: a replaced row would skip the delete trigger that takes
    // the old text out of the full-text index.
    const QString keyColumn = engine == Engine::PostgreSQL ? QString() : QStringLiteral("search_key, ");
    QSqlQuery q(library.database());
    q.prepare(QStringLiteral("INSERT INTO report_texts (report_id, %3%1, %2, page_starts, removed_ranges, repairs, "
                             "script) VALUES (?, %4?, ?, ?, ?, ?, ?) ON CONFLICT (report_id) DO UPDATE SET "
                             "%1 = excluded.%1, %2 = excluded.%2, page_starts = excluded.page_starts, "
                             "removed_ranges = excluded.removed_ranges, repairs = excluded.repairs, "
                             "script = excluded.script")
                  .arg(StoredTexts::OriginalColumn.in(engine), StoredTexts::CleanColumn.in(engine), keyColumn,
                       keyColumn.isEmpty() ? QString() : QStringLiteral("?, ")));
    q.addBindValue(id);
    if (engine != Engine::PostgreSQL)
        q.addBindValue(SearchIndex::searchKey(report.meta.year.isSet() ? report.meta.year.value : 0, id));
    const StoredTexts::Values values =
        texts ? *texts : StoredTexts::stored(engine, report.cleanText, report.originalText);
    q.addBindValue(values.original);
    q.addBindValue(values.clean);
    q.addBindValue(encodeOffsets(report.pageStarts));
    q.addBindValue(encodeRemoved(report.removed));
    q.addBindValue(encodeRepairs(report.repairs));
    q.addBindValue(report.script.isEmpty() ? QStringLiteral("simplified") : report.script);
    if (!q.exec())
        return failed(q, error);
    return engine != Engine::PostgreSQL
        || library.pendingPostings().add(library, id, SearchIndex::fold(report.cleanText), error);
}

// Binds the eight metadata fields, each value then its source, in the column order used by
// INSERT and UPDATE alike (title, region, level, year, meeting_date, session, speaker, speaker_role).
void bindMetadata(QSqlQuery &q, const ReportMetadata &m)
{
    q.addBindValue(nullable(m.title.value, m.title.source));
    q.addBindValue(fieldSourceName(m.title.source));
    q.addBindValue(nullable(m.region.value, m.region.source));
    q.addBindValue(fieldSourceName(m.region.source));
    q.addBindValue(nullable(adminLevelName(m.level.value), m.level.source));
    q.addBindValue(fieldSourceName(m.level.source));
    q.addBindValue(m.year.isSet() ? QVariant(m.year.value) : QVariant());
    q.addBindValue(fieldSourceName(m.year.source));
    q.addBindValue(nullable(m.meetingDate.value.toString(Qt::ISODate), m.meetingDate.source));
    q.addBindValue(fieldSourceName(m.meetingDate.source));
    q.addBindValue(nullable(m.session.value, m.session.source));
    q.addBindValue(fieldSourceName(m.session.source));
    q.addBindValue(nullable(m.speaker.value, m.speaker.source));
    q.addBindValue(fieldSourceName(m.speaker.source));
    q.addBindValue(nullable(m.speakerRole.value, m.speakerRole.source));
    q.addBindValue(fieldSourceName(m.speakerRole.source));
}

// Reports of no known region or year first, on both engines (PostgreSQL puts nulls last unless told).
const QString libraryOrder = QStringLiteral("ORDER BY r.region NULLS FIRST, r.year NULLS FIRST, r.id");

const QString summaryColumns =
    QStringLiteral("r.id, r.title, r.region, r.level, r.year, r.meeting_date, r.session, r.speaker, r.speaker_role, "
                   "r.source_path, r.char_count, (SELECT count(*) FROM sections s WHERE s.report_id = r.id)");

ReportSummary readSummary(const QSqlQuery &q)
{
    ReportSummary s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.region = q.value(2).toString();
    s.level = adminLevelFromName(q.value(3).toString());
    s.year = q.value(4).toInt();
    s.meetingDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.session = q.value(6).toString();
    s.speaker = q.value(7).toString();
    s.speakerRole = q.value(8).toString();
    s.sourcePath = q.value(9).toString();
    s.chars = q.value(10).toLongLong();
    s.sections = q.value(11).toInt();
    return s;
}

} // namespace

ReportStore::ReportStore(Library &library)
    : m_library(library)
{ }

bool ReportStore::insert(Report &report, QString *error, const StoredTexts::Values *texts)
{
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    const ReportMetadata &m = report.meta;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral(
        "INSERT INTO reports (content_hash, source_path, source_format, encoding, title, title_source, region, "
        "region_source, level, level_source, year, year_source, meeting_date, meeting_date_source, session, "
        "session_source, speaker, speaker_source, speaker_role, speaker_role_source, char_count, imported_at, "
        "updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (content_hash) DO NOTHING RETURNING id"));
    bindSource(q, report);
    bindMetadata(q, m);
    q.addBindValue(report.cleanText.size());
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return failed(q, error);
    // No row: the same text was stored meanwhile (another member importing it at the same time
    // into a team library; the unique content hash keeps it once).
    if (!q.next()) {
        *error = QStringLiteral("the same report was stored meanwhile");
        return false;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();

    if (!writeTexts(m_library, id, report, error, texts) || !insertDerived(id, report, error))
        return false;
    if (!transaction.commit(error))
        return false;
    report.id = id;
    report.importedAt = now;
    return true;
}

bool ReportStore::insertDerived(qint64 id, const Report &report, QString *error)
{
    QList<qint64> sectionIds;
    if (!insertSections(id, report.sections, &sectionIds, error))
        return false;
    if (!IndicatorStore(m_library).insert(id, report.cleanText, report.indicators, report.sections, sectionIds, error))
        return false;

    const auto bindEntry = [&](QSqlQuery &g, qsizetype i) {
        const GlossaryEntry &e = report.glossary[i];
        g.addBindValue(id);
        g.addBindValue(int(i));
        g.addBindValue(notNull(e.term));
        g.addBindValue(notNull(e.definition));
        g.addBindValue(e.start);
        g.addBindValue(e.end);
    };
    if (!Sql::insertRows(m_library.database(),
                         QStringLiteral("glossary (report_id, ordinal, term, definition, start, \"end\")"), 6,
                         report.glossary.size(), bindEntry, error))
        return false;
    return true;
}

bool ReportStore::replace(qint64 id, const Report &report, const QList<Annotation> &annotations, QString *error)
{
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral(
        "UPDATE reports SET content_hash = ?, source_path = ?, source_format = ?, encoding = ?, char_count = ?, "
        "updated_at = ? WHERE id = ?"));
    bindSource(q, report);
    q.addBindValue(report.cleanText.size());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    for (const char *table : {"indicators", "glossary", "sections"}) {
        QSqlQuery clear(m_library.database());
        clear.prepare(QStringLiteral("DELETE FROM %1 WHERE report_id = ?").arg(QLatin1String(table)));
        clear.addBindValue(id);
        if (!clear.exec())
            return failed(clear, error);
    }
    if (!writeTexts(m_library, id, report, error) || !writeMetadata(id, report.meta, error)
        || !insertDerived(id, report, error) || !AnnotationStore(m_library).writeAnchors(annotations, error))
        return false;
    return transaction.commit(error);
}

bool ReportStore::updateMetadata(qint64 id, const ReportMetadata &meta, QString *error)
{
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    if (!writeMetadata(id, meta, error))
        return false;
    return transaction.commit(error);
}

bool ReportStore::writeMetadata(qint64 id, const ReportMetadata &m, QString *error)
{
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral(
        "UPDATE reports SET title = ?, title_source = ?, region = ?, region_source = ?, level = ?, level_source = ?, "
        "year = ?, year_source = ?, meeting_date = ?, meeting_date_source = ?, session = ?, session_source = ?, "
        "speaker = ?, speaker_source = ?, speaker_role = ?, speaker_role_source = ? WHERE id = ?"));
    bindMetadata(q, m);
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() != 1) {
        *error = QStringLiteral("no report with id %1").arg(id);
        return false;
    }
    return true;
}

bool ReportStore::insertSections(qint64 reportId, const QList<Section> &sections, QList<qint64> *ids, QString *error)
{
    // Numbered depth first (the ordinal), each with its parent's number; stored a level at a time,
    // a parent's row id known before its children's rows are written.
    struct Placed
    {
        const Section *section;
        qsizetype parent;
    };
    QList<QList<qsizetype>> levels; // ordinals by depth
    QList<Placed> placed;
    const std::function<void(const QList<Section> &, qsizetype, int)> place = [&](const QList<Section> &list,
                                                                                  qsizetype parent, int depth) {
        for (const Section &s : list) {
            if (levels.size() <= depth)
                levels.resize(depth + 1);
            levels[depth].append(placed.size());
            placed.append({&s, parent});
            place(s.children, placed.size() - 1, depth + 1);
        }
    };
    place(sections, -1, 0);
    ids->fill(0, placed.size());
    for (const QList<qsizetype> &level : std::as_const(levels)) {
        const auto bind = [&](QSqlQuery &q, qsizetype i) {
            const qsizetype ordinal = level[i];
            const Section &s = *placed[ordinal].section;
            q.addBindValue(reportId);
            q.addBindValue(placed[ordinal].parent < 0 ? QVariant() : QVariant((*ids)[placed[ordinal].parent]));
            q.addBindValue(ordinal);
            q.addBindValue(s.level);
            q.addBindValue(sectionKindName(s.kind));
            q.addBindValue(notNull(s.label));
            q.addBindValue(notNull(s.title));
            q.addBindValue(s.start);
            q.addBindValue(s.titleEnd);
            q.addBindValue(s.end);
        };
        const auto returned = [&](const QSqlQuery &q) { (*ids)[q.value(1).toLongLong()] = q.value(0).toLongLong(); };
        if (!Sql::insertRows(
                m_library.database(),
                QStringLiteral("sections (report_id, parent_id, ordinal, level, kind, label, title, start, "
                               "title_end, \"end\")"),
                10, level.size(), bind, error, QStringLiteral("id, ordinal"), returned))
            return false;
    }
    return true;
}

std::optional<qint64> ReportStore::findByContentHash(const QString &hash, QString *error) const
{
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("SELECT id FROM reports WHERE content_hash = ?"));
    q.addBindValue(hash);
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return std::nullopt;
    }
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<Report> ReportStore::load(qint64 id, QString *error) const
{
    QSqlQuery q(m_library.database());
    q.prepare(
        QStringLiteral("SELECT r.content_hash, r.source_path, r.source_format, r.encoding, t.%1, "
                       "t.%2, t.page_starts, "
                       "t.removed_ranges, r.title, r.title_source, r.region, r.region_source, r.level, "
                       "r.level_source, r.year, r.year_source, "
                       "r.meeting_date, r.meeting_date_source, r.session, r.session_source, r.speaker, "
                       "r.speaker_source, r.speaker_role, "
                       "r.speaker_role_source, r.imported_at, t.repairs, t.script FROM reports r JOIN "
                       "report_texts t ON t.report_id = r.id "
                       "WHERE r.id = ?")
            .arg(StoredTexts::OriginalColumn.in(m_library.engine()), StoredTexts::CleanColumn.in(m_library.engine())));
    q.addBindValue(id);
    if (!Sql::firstRow(q, error, QStringLiteral("no report with id %1").arg(id)))
        return std::nullopt;
    const auto damaged = [&](const char *text, const QString &why) {
        if (error)
            *error = QStringLiteral("%1: report %2: the stored %3 is %4")
                         .arg(m_library.displayName())
                         .arg(id)
                         .arg(QLatin1String(text), why);
        return std::nullopt;
    };
    QString textError;
    QByteArray cleanUtf8;
    std::optional<QString> clean = StoredTexts::clean(m_library.engine(), q.value(5), &cleanUtf8, &textError);
    if (!clean)
        return damaged("clean text", textError);
    std::optional<QString> original = StoredTexts::original(m_library.engine(), q.value(4), cleanUtf8, &textError);
    if (!original)
        return damaged("original", textError);
    Report r;
    r.id = id;
    r.contentHash = q.value(0).toString();
    r.sourcePath = q.value(1).toString();
    r.format = q.value(2).toString();
    r.encoding = q.value(3).toString();
    r.originalText = *std::move(original);
    r.cleanText = *std::move(clean);
    r.pageStarts = decodeOffsets(q.value(6).toString());
    r.removed = decodeRemoved(q.value(7).toString());
    auto source = [&](int column) { return fieldSourceFromName(q.value(column).toString()); };
    r.meta.title = {q.value(8).toString(), source(9)};
    r.meta.region = {q.value(10).toString(), source(11)};
    r.meta.level = {adminLevelFromName(q.value(12).toString()), source(13)};
    r.meta.year = {q.value(14).toInt(), source(15)};
    r.meta.meetingDate = {QDate::fromString(q.value(16).toString(), Qt::ISODate), source(17)};
    r.meta.session = {q.value(18).toString(), source(19)};
    r.meta.speaker = {q.value(20).toString(), source(21)};
    r.meta.speakerRole = {q.value(22).toString(), source(23)};
    r.importedAt = q.value(24).toString();
    r.repairs = decodeRepairs(q.value(25).toString());
    r.script = q.value(26).toString();
    QString readError;
    r.sections = sections(id, &readError);
    r.glossary = glossary(id, &readError);
    for (const IndicatorRow &row :
         IndicatorStore(m_library).rows(id, {}, {}, IndicatorStore::Rejected::Included, &readError))
        r.indicators.append(row.indicator);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    return r;
}

QList<GlossaryEntry> ReportStore::glossary(qint64 reportId, QString *error) const
{
    QSqlQuery q(m_library.database());
    q.prepare(
        QStringLiteral("SELECT term, definition, start, \"end\" FROM glossary WHERE report_id = ? ORDER BY ordinal"));
    q.addBindValue(reportId);
    QList<GlossaryEntry> entries;
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return entries;
    }
    while (q.next())
        entries.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return entries;
}

QList<ReportSummary> ReportStore::list(QString *error) const
{
    QSqlQuery q(m_library.database());
    QList<ReportSummary> list;
    if (!q.exec(QStringLiteral("SELECT %1 FROM reports r %2").arg(summaryColumns, libraryOrder))) {
        Sql::readFailed(q, error);
        return list;
    }
    while (q.next())
        list.append(readSummary(q));
    return list;
}

std::optional<qint64> ReportStore::firstInLibraryOrder(QString *error) const
{
    QSqlQuery q(m_library.database());
    if (!q.exec(QStringLiteral("SELECT id FROM reports r %1 LIMIT 1").arg(libraryOrder))) {
        Sql::readFailed(q, error);
        return std::nullopt;
    }
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QHash<qint64, ReportSummary> ReportStore::summaries(const QList<qint64> &ids, QString *error) const
{
    QHash<qint64, ReportSummary> byId;
    if (ids.isEmpty())
        return byId;
    QSqlQuery &q =
        m_library.prepared(QStringLiteral("SELECT %1 FROM reports r WHERE %2")
                               .arg(summaryColumns, Sql::inIdArray(m_library.engine(), QStringLiteral("r.id"))));
    q.addBindValue(Sql::idArray(m_library.engine(), ids));
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return byId;
    }
    while (q.next()) {
        const ReportSummary summary = readSummary(q);
        byId.insert(summary.id, summary);
    }
    q.finish();
    return byId;
}

int ReportStore::count(QString *error) const
{
    QSqlQuery q(m_library.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM reports"))) {
        Sql::readFailed(q, error);
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList ReportStore::regions(QString *error) const
{
    QSqlQuery q(m_library.database());
    QStringList regions;
    if (!q.exec(QStringLiteral("SELECT DISTINCT region FROM reports WHERE region IS NOT NULL ORDER BY region"))) {
        Sql::readFailed(q, error);
        return {};
    }
    while (q.next())
        regions.append(q.value(0).toString());
    return regions;
}

namespace {
// Selects @p columns of the reports of known year, only @p region's when given, then @p tail.
// Only the condition given: "? = '' OR region = ?" would read every report for one region's.
bool selectDated(QSqlQuery &q, const QString &columns, const QString &region, const QString &tail, QString *error)
{
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM reports WHERE year > 0%2%3")
                  .arg(columns, region.isEmpty() ? QString() : QStringLiteral(" AND region = ?"), tail));
    if (!region.isEmpty())
        q.addBindValue(region);
    if (q.exec())
        return true;
    Sql::readFailed(q, error);
    return false;
}
} // namespace

QList<DatedReport> ReportStore::datedReports(const QString &region, QString *error) const
{
    QSqlQuery q(m_library.database());
    QList<DatedReport> reports;
    if (!selectDated(q, QStringLiteral("id, year, char_count, region"), region, {}, error))
        return reports;
    while (q.next())
        reports.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString()});
    return reports;
}

QList<RegionYearCharacters> ReportStore::charactersPerRegionAndYear(const QString &region, QString *error) const
{
    QSqlQuery q(m_library.database());
    QList<RegionYearCharacters> groups;
    if (!selectDated(q, QStringLiteral("region, year, sum(char_count)"), region,
                     QStringLiteral(" GROUP BY region, year"), error))
        return groups;
    while (q.next())
        groups.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong()});
    return groups;
}

bool ReportStore::remove(qint64 id, QString *error)
{
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("DELETE FROM reports WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    return transaction.commit(error);
}

} // namespace ReportLens
