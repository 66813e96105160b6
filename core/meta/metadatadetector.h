#pragma once

#include "model/report.h"
#include "rules/metadatarules.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace ReportLens {

/// What the detector may look at besides the clean text.
struct MetadataContext
{
    QString originalText; ///< Before cleaning: chrome sometimes names the city.
    QString fileName; ///< A year in the file name is used when the text states none.
    QStringList knownRegions; ///< Full region names already in the library, to complete a short one.
    /// Set to true when completing the region looked at knownRegions: a caller that passed an
    /// incomplete list (a worker thread ahead of the library) must detect again with the full one.
    bool *consultedKnownRegions = nullptr;
};

/// Reads title, region, level, year, meeting date, session and speaker from the head of a report.
/// Every value found is marked FieldSource::Detected; a field with no evidence stays unset rather
/// than guessed. Patterns come from resources/metadata.json.
class MetadataDetector
{
public:
    explicit MetadataDetector(const MetadataRules &rules = MetadataRules::shipped());

    ReportMetadata detect(const QString &cleanText, const MetadataContext &context = {}) const;

    /// The administrative level implied by a region name's suffix (呼和浩特市新城区 → district).
    AdminLevel levelOfRegion(const QString &region) const;

private:
    void detectDateline(const QStringList &head, ReportMetadata &meta, QString *place) const;
    void detectSpeaker(const QStringList &head, ReportMetadata &meta, QString *organisation) const;
    void detectTitle(const QStringList &head, const QString &text, const MetadataContext &context,
                     ReportMetadata &meta) const;
    void detectRegion(const QString &text, const QStringList &candidates, const MetadataContext &context,
                      ReportMetadata &meta) const;
    void detectYear(const QString &text, const MetadataContext &context, ReportMetadata &meta) const;
    QString completeRegion(const QString &region, const QString &text, const MetadataContext &context) const;
    QString stripLeadingFunctionChars(const QString &name) const;

    MetadataRules m_rules;
};

} // namespace ReportLens
