#pragma once

#include "model/annotation.h"
#include "model/report.h"

namespace ReportLens {

class Library;

/// A report read again from its file, with what the user made of the stored one carried over.
struct ReimportedReport
{
    Report report; ///< The fresh reading with the user's metadata and figure decisions
    QList<Annotation> annotations; ///< Every annotation, anchored in the new text or marked for review
    int needsReview = 0; ///< How many annotations could not be found again
};

/// The one place that decides what survives a re-import: metadata the user corrected stays
/// corrected, figures the user corrected or marked wrong keep that decision where their sentence is
/// still in the new text, and every annotation is found again (Reanchorer) or kept for review with
/// its quote and note. Everything detected is detected again.
class Reimporter
{
public:
    /// Pure: @p stored is the report as the library holds it (figures included, rejected ones too).
    static ReimportedReport merge(const Report &stored, const QList<Annotation> &annotations, Report fresh);

    /// Reads report @p reportId and its annotations from @p library, merges @p fresh into them and
    /// stores the result in one transaction. False with @p error when the report is gone, the new
    /// text is another report's, or the write fails (then nothing changed).
    static bool replace(Library &library, qint64 reportId, Report fresh, ReimportedReport *result, QString *error);
};

} // namespace ReportLens
