#include "importworker.h"

#include "store/library.h"

namespace ReportLens {

ImportWorker::ImportWorker(QString databasePath, QStringList paths)
    : m_databasePath(std::move(databasePath))
    , m_paths(std::move(paths))
{ }

void ImportWorker::run()
{
    QStringList failures;
    QList<qint64> reports;
    int imported = 0, duplicates = 0;
    Library library;
    QString error;
    if (!library.open(m_databasePath, &error)) {
        Q_EMIT finished(0, 0, {error}, false, {});
        return;
    }
    QList<ImportResult> expansionFailures;
    const QStringList files = Importer::expandPaths(m_paths, &expansionFailures);
    for (const ImportResult &r : expansionFailures)
        failures.append(QStringLiteral("%1: %2").arg(r.path, r.message));
    Q_EMIT started(int(files.size()));
    // The same import as the command line's: processed ahead on worker threads, committed in batches.
    int done = 0;
    Importer(library).importPaths(files, [&](const ImportResult &r) {
        if (r.status == ImportResult::Status::Imported)
            ++imported;
        else if (r.status == ImportResult::Status::Duplicate)
            ++duplicates;
        if (r.reportId > 0)
            reports.append(r.reportId);
        else
            failures.append(QStringLiteral("%1: %2").arg(r.path, r.message));
        Q_EMIT progress(++done, int(files.size()), r.path);
        return !m_cancelled;
    });
    Q_EMIT finished(imported, duplicates, failures, m_cancelled, reports);
}

} // namespace ReportLens
