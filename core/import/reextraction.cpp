#include "reextraction.h"

#include "extract/indicatorextractor.h"
#include "importpipeline.h"
#include "store/indicatorstore.h"
#include "store/library.h"
#include "store/reportstore.h"

namespace ReportLens {

bool Reextraction::isDue(Library &library)
{
    const IndicatorStore indicators(library);
    return indicators.extractedWith() != IndicatorExtractor::rulesVersion() && ReportStore(library).count() > 0;
}

Reextraction::Result Reextraction::run(Library &library, QList<qint64> ids,
                                       const std::function<bool(int done, int total)> &progress)
{
    Result result;
    IndicatorStore indicators(library);
    ReportStore reports(library);
    QString error;
    // Defaults added since the library was made (new aliases) take part; the user's own stay.
    if (!indicators.mergeDefaultCatalog(&error)) {
        result.errors.append(error);
        return result;
    }
    const bool everyReport = ids.isEmpty();
    if (everyReport)
        for (const ReportSummary &s : reports.list())
            ids.append(s.id);
    const ImportPipeline pipeline(indicators.catalog());
    for (qsizetype n = 0; n < ids.size(); ++n) {
        const qint64 id = ids[n];
        const std::optional<Report> report = reports.load(id);
        if (!report) {
            result.errors.append(QStringLiteral("report %1: not in the library").arg(id));
            continue;
        }
        result.figuresBefore += int(indicators.rows(id).size());
        if (!indicators.replaceExtracted(id, report->cleanText, pipeline.extractIndicators(*report), &error)) {
            result.errors.append(QStringLiteral("report %1: %2").arg(id).arg(error));
            continue;
        }
        result.figuresAfter += int(indicators.rows(id).size());
        ++result.reports;
        if (progress && !progress(int(n + 1), int(ids.size()))) {
            result.cancelled = n + 1 < ids.size();
            break;
        }
    }
    if (everyReport && !result.cancelled && result.errors.isEmpty()
        && !indicators.setExtractedWith(IndicatorExtractor::rulesVersion(), &error))
        result.errors.append(error);
    return result;
}

} // namespace ReportLens
