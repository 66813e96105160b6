#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace ReportLens {

class Library;

/// Reads the figures of stored reports again with the current catalog and rules (after an upgrade,
/// or after the user added aliases), one transaction per report, keeping what the user decided:
/// corrected figures and figures marked wrong. Used by `reportlens-cli reextract` and the window.
class Reextraction
{
public:
    struct Result
    {
        int reports = 0; ///< Re-read
        int figuresBefore = 0;
        int figuresAfter = 0;
        QStringList errors; ///< One per report that could not be re-read ("report 12: …")
        bool cancelled = false;
    };

    /// Whether the library's figures were read with other rules than this build's (and it has reports).
    static bool isDue(Library &library);

    /// Re-reads @p ids (every report when empty). @p progress is told (done, total) after each report
    /// and may return false to stop; reports done so far stay done. When every report of the library
    /// was re-read, the library notes the rules it was read with.
    static Result run(Library &library, QList<qint64> ids = {},
                      const std::function<bool(int done, int total)> &progress = {});
};

} // namespace ReportLens
