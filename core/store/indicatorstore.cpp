#include "indicatorstore.h"
#include "model/sectiontree.h"

#include "library.h"
#include "sqlsupport.h"
#include "reportstore.h"
#include "extract/indicatorextractor.h"
#include "util/logging.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace ReportLens {

namespace {
using Sql::failed;
using Sql::notNull;

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
// Binds what inserting and correcting a figure both write, in this order: metric, kind,
// period_start, period_end, value, value_high, value_in_catalog_unit.
void bindFigure(QSqlQuery &q, const Indicator &i)
{
    q.addBindValue(metricName(i.metric));
    q.addBindValue(figureKindName(i.kind));
    q.addBindValue(i.periodStart);
    q.addBindValue(i.periodEnd);
    q.addBindValue(i.value);
    q.addBindValue(optional(i.valueHigh));
    q.addBindValue(optional(i.valueInCatalogUnit));
}
} // namespace

namespace {
// Read and hashed once: the shipped catalog is a compiled-in resource.
QString shippedCatalogFingerprint()
{
    static const QString fingerprint = IndicatorCatalog::defaultFingerprint();
    return fingerprint;
}
} // namespace

IndicatorStore::IndicatorStore(Library &library)
    : m_library(library)
{ }

bool IndicatorStore::mergeDefaultCatalog(QString *error)
{
    const QString fingerprint = shippedCatalogFingerprint();
    const IndicatorCatalog defaults = IndicatorCatalog::loadDefault();
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    QSqlQuery indicator(m_library.database());
    indicator.prepare(
        QStringLiteral("INSERT INTO indicator_catalog (id, name, metrics, unit, user_defined, level_over_span) "
                       "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING"));
    for (const CatalogIndicator &i : defaults.indicators) {
        indicator.addBindValue(i.id);
        indicator.addBindValue(i.name);
        indicator.addBindValue(metricNames(i.metrics).join(u','));
        indicator.addBindValue(i.unit);
        indicator.addBindValue(i.levelOverSpan);
        if (!indicator.exec())
            return failed(indicator, error);
    }
    QSqlQuery alias(m_library.database());
    alias.prepare(QStringLiteral(
        "INSERT INTO indicator_aliases (indicator_id, alias, metric) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const CatalogAlias &a : defaults.aliases) {
        alias.addBindValue(a.indicatorId);
        alias.addBindValue(a.alias);
        alias.addBindValue(a.metrics.isEmpty() ? QVariant() : QVariant(metricNames(a.metrics).join(u',')));
        if (!alias.exec())
            return failed(alias, error);
    }
    QSqlQuery distribution(m_library.database());
    distribution.prepare(QStringLiteral(
        "INSERT INTO indicator_distributions (alias, indicator_ids) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const CatalogDistribution &d : defaults.distributions) {
        distribution.addBindValue(d.alias);
        distribution.addBindValue(d.indicatorIds.join(u','));
        if (!distribution.exec())
            return failed(distribution, error);
    }
    QSqlQuery merged(m_library.database());
    merged.prepare(QStringLiteral("INSERT INTO library_settings (key, value) VALUES ('catalog_merged', ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    merged.addBindValue(fingerprint);
    if (!merged.exec())
        return failed(merged, error);
    return transaction.commit(error);
}

IndicatorCatalog IndicatorStore::catalog(QString *error)
{
    // Units, qualifiers and distractor words are fixed vocabulary; indicators and aliases are the library's.
    IndicatorCatalog catalog = IndicatorCatalog::loadDefault();
    // The shipped catalog is merged into the library when the library has none, and again
    // whenever the shipped one changed since: new default indicators and aliases arrive, the
    // library's own (and its users' additions) stay.
    if (setting(QStringLiteral("catalog_merged")) != shippedCatalogFingerprint()) {
        QSqlQuery count(m_library.database());
        const bool empty = count.exec(QStringLiteral("SELECT count(*) FROM indicator_catalog")) && count.next()
            && count.value(0).toInt() == 0;
        count.finish();
        QString mergeError;
        if (!mergeDefaultCatalog(&mergeError)) {
            qCWarning(lcCore, "cannot store the indicator catalog: %s", qUtf8Printable(mergeError));
            return catalog;
        }
        // A library given its catalog now has its figures read with the current rules.
        if (empty && !setExtractedWith(IndicatorExtractor::rulesVersion(), &mergeError))
            qCWarning(lcCore, "cannot note the extraction rules: %s", qUtf8Printable(mergeError));
    }
    // Names by scope are vocabulary of the shipped catalog, not the library's.
    QHash<QString, QString> nationalNames;
    for (const CatalogIndicator &i : std::as_const(catalog.indicators))
        nationalNames.insert(i.id, i.nationalName);
    IndicatorCatalog stored = catalog;
    stored.indicators.clear();
    stored.aliases.clear();
    stored.distributions.clear();
    // A catalog read only in part would silently miss figures: on a failed read the shipped one
    // is used, and the caller told.
    QSqlQuery q(m_library.database());
    if (!q.exec(QStringLiteral(
            "SELECT id, name, metrics, unit, user_defined, level_over_span FROM indicator_catalog ORDER BY rowid"))) {
        Sql::readFailed(q, error);
        return catalog;
    }
    while (q.next())
        stored.indicators.append({q.value(0).toString(), q.value(1).toString(),
                                  metricsFromNames(q.value(2).toString().split(u',', Qt::SkipEmptyParts)),
                                  q.value(3).toString(), q.value(4).toBool(), q.value(5).toString(),
                                  nationalNames.value(q.value(0).toString())});
    if (!q.exec(QStringLiteral("SELECT indicator_id, alias, metric FROM indicator_aliases ORDER BY rowid"))) {
        Sql::readFailed(q, error);
        return catalog;
    }
    while (q.next())
        stored.aliases.append({q.value(1).toString(), q.value(0).toString(),
                               metricsFromNames(q.value(2).toString().split(u',', Qt::SkipEmptyParts))});
    if (!q.exec(QStringLiteral("SELECT alias, indicator_ids FROM indicator_distributions ORDER BY rowid"))) {
        Sql::readFailed(q, error);
        return catalog;
    }
    while (q.next())
        stored.distributions.append({q.value(0).toString(), q.value(1).toString().split(u',', Qt::SkipEmptyParts)});
    return stored;
}

bool IndicatorStore::addAlias(const QString &indicatorId, const QString &alias, const QList<Metric> &metrics,
                              QString *error)
{
    catalog(); // make sure the catalog exists
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("INSERT INTO indicator_aliases (indicator_id, alias, metric) "
                             "SELECT id, ?, ? FROM indicator_catalog WHERE id = ?"));
    q.addBindValue(alias);
    q.addBindValue(metrics.isEmpty() ? QVariant() : QVariant(metricNames(metrics).join(u',')));
    q.addBindValue(indicatorId);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() != 1) {
        *error = QStringLiteral("no indicator with id %1").arg(indicatorId);
        return false;
    }
    return transaction.commit(error);
}

bool IndicatorStore::insert(qint64 reportId, const QString &cleanText, const QList<Indicator> &indicators,
                            const QList<Section> &sections, const QList<qint64> &sectionIds, QString *error)
{
    const QList<Section> flat = SectionTree::flatten(sections);
    // Depth first, parents come before their children and every section starts at or after the
    // one before it. Each one's parent is found once, so that a figure's section is a binary search
    // and a walk up a few levels, not a scan of every section (a report may have 100,000).
    QList<qsizetype> parent(flat.size(), -1);
    QList<qsizetype> open;
    for (qsizetype s = 0; s < flat.size(); ++s) {
        while (!open.isEmpty() && !(flat[open.last()].start <= flat[s].start && flat[s].end <= flat[open.last()].end))
            open.removeLast();
        parent[s] = open.isEmpty() ? -1 : open.last();
        open.append(s);
    }
    const auto bindRow = [&](QSqlQuery &q, qsizetype row) {
        const Indicator &i = indicators[row];
        // The deepest section holding the number: the last one containing it in depth-first order,
        // an ancestor of (or) the last one that starts at or before it.
        QVariant sectionId;
        qsizetype s = std::upper_bound(flat.cbegin(), flat.cend(), i.numberStart,
                                       [](qsizetype value, const Section &section) { return value < section.start; })
            - flat.cbegin() - 1;
        while (s >= 0 && !(flat[s].start <= i.numberStart && i.numberStart < flat[s].end))
            s = parent[s];
        if (s >= 0 && s < sectionIds.size())
            sectionId = sectionIds[s];
        q.addBindValue(reportId);
        q.addBindValue(i.indicatorId);
        bindFigure(q, i);
        q.addBindValue(notNull(i.unit));
        q.addBindValue(notNull(i.qualifier));
        q.addBindValue(i.numberStart);
        q.addBindValue(i.numberEnd);
        q.addBindValue(i.sentenceStart);
        q.addBindValue(i.sentenceEnd);
        q.addBindValue(cleanText.mid(i.sentenceStart, i.sentenceEnd - i.sentenceStart));
        q.addBindValue(sectionId);
        q.addBindValue(i.userEdited ? 1 : 0);
        q.addBindValue(int(i.confidence));
        q.addBindValue(notNull(i.rule));
        q.addBindValue(i.estimated ? 1 : 0);
        q.addBindValue(i.rejected ? 1 : 0);
    };
    return Sql::insertRows(
        m_library.database(),
        QStringLiteral(
            "indicators (report_id, indicator_id, metric, kind, period_start, period_end, value, value_high, "
            "value_in_catalog_unit, unit, qualifier, number_start, number_end, sentence_start, sentence_end, "
            "sentence, section_id, user_edited, confidence, rule, estimated, rejected)"),
        22, indicators.size(), bindRow, error);
}

bool IndicatorStore::replaceExtracted(qint64 reportId, const QString &cleanText, const QList<Indicator> &figures,
                                      QString *error)
{
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    // What the user decided stays: corrected figures and figures marked wrong. A new figure at the
    // same number of the same indicator and metric is the one the user already judged.
    QSet<QString> judged;
    for (const IndicatorRow &row : rows(reportId, {}, {}, Rejected::Included))
        if (row.indicator.userEdited || row.indicator.rejected)
            judged.insert(QStringLiteral("%1/%2/%3")
                              .arg(row.indicator.indicatorId, metricName(row.indicator.metric))
                              .arg(row.indicator.numberStart));
    QList<Indicator> fresh;
    for (const Indicator &f : figures)
        if (!judged.contains(QStringLiteral("%1/%2/%3").arg(f.indicatorId, metricName(f.metric)).arg(f.numberStart)))
            fresh.append(f);
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("DELETE FROM indicators WHERE report_id = ? AND user_edited = 0 AND rejected = 0"));
    q.addBindValue(reportId);
    if (!q.exec())
        return failed(q, error);
    // The figures link to the stored sections, inserted depth first (so in id order).
    QList<qint64> sectionIds;
    q.prepare(QStringLiteral("SELECT id FROM sections WHERE report_id = ? ORDER BY id"));
    q.addBindValue(reportId);
    if (!q.exec())
        return failed(q, error);
    while (q.next())
        sectionIds.append(q.value(0).toLongLong());
    if (!insert(reportId, cleanText, fresh, ReportStore(m_library).sections(reportId), sectionIds, error))
        return false;
    return transaction.commit(error);
}

QString IndicatorStore::extractedWith() const
{
    return setting(QStringLiteral("extracted_with"));
}

QString IndicatorStore::setting(const QString &key, QString *error) const
{
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("SELECT value FROM library_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool IndicatorStore::setExtractedWith(const QString &rules, QString *error)
{
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("INSERT INTO library_settings (key, value) VALUES ('extracted_with', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(rules);
    return q.exec() || failed(q, error);
}

bool IndicatorStore::update(qint64 id, const Indicator &i, QString *error)
{
    Library::Transaction transaction(m_library);
    if (!transaction.began(error))
        return false;
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("UPDATE indicators SET metric = ?, kind = ?, period_start = ?, period_end = ?, value = ?, "
                             "value_high = ?, value_in_catalog_unit = ?, qualifier = ?, user_edited = ?, rejected = ? "
                             "WHERE id = ?"));
    bindFigure(q, i);
    q.addBindValue(notNull(i.qualifier));
    q.addBindValue(i.userEdited ? 1 : 0);
    q.addBindValue(i.rejected ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() != 1) {
        *error = QStringLiteral("no indicator with id %1").arg(id);
        return false;
    }
    return transaction.commit(error);
}

namespace {

const QString figureColumns = QStringLiteral(
    "SELECT i.id, i.report_id, r.region, r.year, i.indicator_id, i.metric, i.kind, i.period_start, i.period_end, "
    "i.value, i.value_high, i.value_in_catalog_unit, i.unit, i.qualifier, i.number_start, i.number_end, "
    "i.sentence_start, i.sentence_end, i.user_edited, i.sentence, i.confidence, i.rule, i.estimated, i.rejected ");

const QString figuresFirst = QStringLiteral("FROM indicators i JOIN reports r ON r.id = i.report_id ");
// For a few regions' figures: their reports first (by region), then each one's figures of the
// indicator (by report and indicator). SQLite keeps the order of a CROSS JOIN; without statistics it
// would start from the indicator's figures, every region's (148,000 at 100,000 reports).
const QString reportsFirst = QStringLiteral("FROM reports r CROSS JOIN indicators i WHERE r.id = i.report_id ");

IndicatorRow readFigure(const QSqlQuery &q)
{
    IndicatorRow row;
    row.id = q.value(0).toLongLong();
    row.reportId = q.value(1).toLongLong();
    row.region = q.value(2).toString();
    row.reportYear = q.value(3).toInt();
    Indicator &i = row.indicator;
    i.indicatorId = q.value(4).toString();
    // The table's CHECK constraints admit only the names these read.
    i.metric = metricFromName(q.value(5).toString()).value_or(Metric::Level);
    i.kind = figureKindFromName(q.value(6).toString()).value_or(FigureKind::Actual);
    i.periodStart = q.value(7).toInt();
    i.periodEnd = q.value(8).toInt();
    i.value = q.value(9).toDouble();
    if (!q.value(10).isNull())
        i.valueHigh = q.value(10).toDouble();
    if (!q.value(11).isNull())
        i.valueInCatalogUnit = q.value(11).toDouble();
    i.unit = q.value(12).toString();
    i.qualifier = q.value(13).toString();
    i.numberStart = q.value(14).toLongLong();
    i.numberEnd = q.value(15).toLongLong();
    i.sentenceStart = q.value(16).toLongLong();
    i.sentenceEnd = q.value(17).toLongLong();
    i.userEdited = q.value(18).toBool();
    i.quote = q.value(19).toString();
    i.confidence = Indicator::Confidence(std::clamp(q.value(20).toInt(), 0, 2));
    i.rule = q.value(21).toString();
    i.estimated = q.value(22).toBool();
    i.rejected = q.value(23).toBool();
    return row;
}

} // namespace

std::optional<IndicatorRow> IndicatorStore::row(qint64 id, QString *error) const
{
    QSqlQuery q(m_library.database());
    q.prepare(figureColumns + figuresFirst + QStringLiteral("WHERE i.id = ?"));
    q.addBindValue(id);
    if (!Sql::firstRow(q, error, QStringLiteral("no figure with id %1").arg(id)))
        return std::nullopt;
    return readFigure(q);
}

QList<IndicatorRow> IndicatorStore::rows(qint64 reportId, const QString &indicatorId, const QStringList &regions,
                                         Rejected rejected, QString *error) const
{
    // In SQL, not after: a trend of one region reads that region's figures, not the library's. Only
    // the conditions given are written: "(? = 0 OR i.report_id = ?)" would keep SQLite from using the
    // index on report_id, and opening one report would read every figure of the library.
    QStringList conditions;
    QVariantList values;
    if (reportId != 0) {
        conditions.append(QStringLiteral("i.report_id = ?"));
        values.append(reportId);
    }
    if (!indicatorId.isEmpty()) {
        conditions.append(QStringLiteral("i.indicator_id = ?"));
        values.append(indicatorId);
    }
    if (rejected != Rejected::Included)
        conditions.append(QStringLiteral("i.rejected = 0"));
    if (!regions.isEmpty()) {
        conditions.append(
            QStringLiteral("r.region IN (%1)").arg(QStringList(regions.size(), QStringLiteral("?")).join(u',')));
        for (const QString &region : regions)
            values.append(region);
    }
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    const QString where = conditions.join(QStringLiteral(" AND "));
    q.prepare(figureColumns
              + (regions.isEmpty() ? figuresFirst + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where)
                                   : reportsFirst + QStringLiteral("AND ") + where)
              + QStringLiteral(" ORDER BY i.report_id, i.number_start"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    QList<IndicatorRow> rows;
    if (!q.exec()) {
        Sql::readFailed(q, error);
        return rows;
    }
    while (q.next())
        rows.append(readFigure(q));
    return rows;
}

} // namespace ReportLens
