#pragma once

#include "clean/cleaner.h"
#include "extract/indicatorextractor.h"
#include "meta/metadatadetector.h"
#include "model/report.h"
#include "outline/outlineparser.h"

namespace ReportLens {

/// The pure part of an import: the bytes of one file → a Report with its clean text, metadata,
/// outline and figures. It touches no database, so an import runs one per worker thread while the
/// library stores the reports in order.
class ImportPipeline
{
public:
    explicit ImportPipeline(IndicatorCatalog catalog);

    /// @p fileName chooses the reader and is a weak metadata source. @p knownRegions are the full
    /// region names in the library; @p consultedKnownRegions is set when the metadata depended on
    /// them, so a worker that passed an incomplete list knows to call detectMetadata() again.
    Report process(const QByteArray &bytes, const QString &fileName, const QStringList &knownRegions, QString *error,
                   bool *consultedKnownRegions = nullptr) const;

    /// Detects @p report's metadata (again) against @p knownRegions; @p consultedKnownRegions as
    /// for process(). Only the region can change on a second call (the year never depends on other
    /// reports), so the figures, which depend on the year, stand.
    void detectMetadata(Report &report, const QStringList &knownRegions, bool *consultedKnownRegions = nullptr) const;

    /// The figures of a stored report read again with this pipeline's catalog and rules, as an
    /// import would read them (reportlens-cli reextract, after the catalog or the rules changed).
    QList<Indicator> extractIndicators(const Report &report) const;

private:
    Cleaner m_cleaner;
    MetadataDetector m_metadata;
    OutlineParser m_outline;
    IndicatorExtractor m_indicators;
};

} // namespace ReportLens
