#pragma once

#include "extract/indicatorcatalog.h"
#include "model/report.h"

namespace ReportLens {

class Library;

/// An extracted figure with the report it came from (for listings and exports).
struct IndicatorRow
{
    qint64 id = 0;
    qint64 reportId = 0;
    QString region;
    int reportYear = 0;
    Indicator indicator;
};

/// The indicator catalog (as the library holds it, seeded from resources/indicators.json) and the
/// extracted figures. SQL for both lives here.
class IndicatorStore
{
public:
    explicit IndicatorStore(Library &library);

    /// The library's catalog; a library without one is given the default catalog first.
    /// On a failed read @p error is set and the shipped catalog returned.
    IndicatorCatalog catalog(QString *error = nullptr);

    /// Adds an alias for an existing indicator (optionally limited to @p metrics).
    bool addAlias(const QString &indicatorId, const QString &alias, const QList<Metric> &metrics, QString *error);

    /// Inserts @p indicators of @p reportId inside the caller's transaction; @p sectionIds maps the
    /// depth-first ordinal of each section to its row id, to link each figure to its section.
    /// @p cleanText: the report's text, for the sentence each figure keeps.
    bool insert(qint64 reportId, const QString &cleanText, const QList<Indicator> &indicators,
                const QList<Section> &sections, const QList<qint64> &sectionIds, QString *error);

    /// Replaces report @p reportId's extracted figures with @p figures (read again with newer rules)
    /// in one transaction, keeping what the user decided: corrected figures and figures marked wrong.
    bool replaceExtracted(qint64 reportId, const QString &cleanText, const QList<Indicator> &figures, QString *error);

    /// Which rules read the stored figures (IndicatorExtractor::rulesVersion()); empty for a library
    /// whose figures were read before the version was kept.
    QString extractedWith() const;
    bool setExtractedWith(const QString &rules, QString *error);

    /// Stores a user's decision about figure @p id: a correction (value, range, period, kind; marked
    /// edited) or that it is wrong (rejected: hidden from charts, exports and evaluation).
    bool update(qint64 id, const Indicator &indicator, QString *error);

    /// Figures, optionally of one report, one indicator and/or the reports of some regions, in
    /// report then text order.
    /// Figures the user marked wrong are left out unless @p rejected says to include them (to show
    /// them struck out, to keep the user's decision across re-extraction).
    enum class Rejected { Excluded, Included };
    /// A failed read sets @p error (an empty list alone means there are none).
    QList<IndicatorRow> rows(qint64 reportId = 0, const QString &indicatorId = {}, const QStringList &regions = {},
                             Rejected rejected = Rejected::Excluded, QString *error = nullptr) const;
    /// Figure @p id (marked wrong or not); nullopt with @p error saying why.
    std::optional<IndicatorRow> row(qint64 id, QString *error = nullptr) const;

    /// Adds the default catalog's indicators, aliases and distributions the library lacks (a new
    /// library; a library made before the defaults grew), keeping everything the user added.
    bool mergeDefaultCatalog(QString *error);
    QString setting(const QString &key, QString *error = nullptr) const;

private:
    Library &m_library;
};

} // namespace ReportLens
