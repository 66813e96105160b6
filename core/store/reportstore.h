#pragma once

#include "model/annotation.h"
#include "model/report.h"
#include "storedtexts.h"

#include <QHash>

#include <optional>

namespace ReportLens {

class Library;

/// A row of the library list: the metadata without the text.
struct ReportSummary
{
    qint64 id = 0;
    QString title;
    QString region;
    AdminLevel level = AdminLevel::Unknown;
    int year = 0; ///< 0 when unknown
    QDate meetingDate;
    QString session;
    QString speaker;
    QString speakerRole;
    QString sourcePath;
    qsizetype chars = 0;
    int sections = 0;
};

/// A report's year and length, for rates per length of text by year.
/// The characters of the reports of known year of one region and year.
struct RegionYearCharacters
{
    QString region; ///< Empty for the reports of unknown place.
    int year = 0;
    qint64 characters = 0;
};

struct DatedReport
{
    qint64 id = 0;
    int year = 0;
    qsizetype chars = 0;
    QString region;
};

/// Reads and writes reports with everything derived from them. Every write is one transaction.
class ReportStore
{
public:
    explicit ReportStore(Library &library);

    /// Stores @p report with its sections, glossary and search index in one transaction; sets
    /// report.id. @p texts, when given, are its texts as stored, made ahead (StoredTexts::stored).
    bool insert(Report &report, QString *error, const StoredTexts::Values *texts = nullptr);

    /// Replaces report @p id's text and everything derived from it with @p report and moves its
    /// @p annotations to their new anchors, in one transaction. What survives a re-import is the
    /// Reimporter's decision; this only writes it.
    bool replace(qint64 id, const Report &report, const QList<Annotation> &annotations, QString *error);

    /// Stores corrected metadata (the fields' sources say which were edited).
    bool updateMetadata(qint64 id, const ReportMetadata &meta, QString *error);

    // Reads: a failed read sets @p error (when given) and is logged; an empty result alone means
    // there is nothing.
    std::optional<qint64> findByContentHash(const QString &hash, QString *error = nullptr) const;
    /// Report @p id as stored, its figures included (those the user marked wrong too, flagged
    /// rejected); nullopt with @p error saying why ("no report with id …" or the failed read).
    std::optional<Report> load(qint64 id, QString *error = nullptr) const;
    /// Only the clean text of report @p id (empty if there is none), for callers that need no more.
    QString cleanText(qint64 id, QString *error = nullptr) const;
    /// The clean texts of the reports @p ids, by id, in one read (a round trip, not one per report,
    /// to a team library's server).
    QHash<qint64, QString> cleanTexts(const QList<qint64> &ids, QString *error = nullptr) const;
    /// Every report's summary; a failed read sets @p error (an empty list alone means none).
    QList<ReportSummary> list(QString *error = nullptr) const;
    /// The report list() would give first, without reading the others.
    std::optional<qint64> firstInLibraryOrder(QString *error = nullptr) const;
    /// Summaries of the reports @p ids, by id (ids not in the library are left out).
    QHash<qint64, ReportSummary> summaries(const QList<qint64> &ids, QString *error = nullptr) const;
    int count(QString *error = nullptr) const;
    QStringList regions(QString *error = nullptr) const;
    /// The reports whose year is known, of @p region (all regions when empty): three numbers
    /// each, where list() would read every summary.
    QList<DatedReport> datedReports(const QString &region = {}, QString *error = nullptr) const;
    /// The characters of the reports of known year, per region and year (only @p region's when
    /// given), added up in SQL from the index on (region, year, char_count): for keyword trends.
    QList<RegionYearCharacters> charactersPerRegionAndYear(const QString &region = {}, QString *error = nullptr) const;

    /// Sections of a report in document order, parents before children, with their nesting.
    QList<Section> sections(qint64 reportId, QString *error = nullptr) const;
    /// The sections of each of the reports @p ids, as sections() gives them, in one read.
    QHash<qint64, QList<Section>> outlines(const QList<qint64> &ids, QString *error = nullptr) const;
    QList<GlossaryEntry> glossary(qint64 reportId, QString *error = nullptr) const;

    bool remove(qint64 id, QString *error);

private:
    bool insertDerived(qint64 id, const Report &report, QString *error);
    bool writeMetadata(qint64 id, const ReportMetadata &meta, QString *error);
    /// @p ids receives each section's row id, depth first.
    bool insertSections(qint64 reportId, const QList<Section> &sections, QList<qint64> *ids, QString *error);

    Library &m_library;
};

} // namespace ReportLens
