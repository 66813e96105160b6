#pragma once

#include "importpipeline.h"
#include "store/storedtexts.h"

#include <QStringList>
#include <functional>

namespace ReportLens {

class Library;

/// What happened to one file.
struct ImportResult
{
    enum class Status { Imported, Duplicate, Failed };

    QString path;
    Status status = Status::Failed;
    qint64 reportId = 0; ///< The new report, or the existing one for a duplicate.
    QString message; ///< For failures: the reason, for a person to read.
    ReportMetadata meta;
    int sectionCount = 0;
};

/// Runs the pipeline (read → decode → clean → metadata → outline → figures) on files and stores
/// each report atomically. One bad file never stops the others.
class Importer
{
public:
    /// Files larger than this are refused before they are read (text reports are < 1 MB; PDFs a few MB).
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    explicit Importer(Library &library);

    /// Files with the extensions ReportLens reads.
    static QStringList supportedSuffixes();

    /// Expands directories (recursively, sorted) into the files they contain that ReportLens reads.
    /// A directory with none yields a failed result naming it.
    static QStringList expandPaths(const QStringList &paths, QList<ImportResult> *failures);

    ImportResult importFile(const QString &path);

    /// Imports every path (files or directories); @p progress is called for each file, in order,
    /// once its batch is committed (a report it calls imported is in the library), and stops the
    /// import by returning false (the results of that batch are still passed). Files are read and
    /// processed ahead on worker threads and stored here in order; reports are committed in
    /// batches (each report still atomic), at least every BatchMilliseconds, and always before
    /// this returns.
    QList<ImportResult> importPaths(const QStringList &paths,
                                    const std::function<bool(const ImportResult &)> &progress = {});

    /// The longest a batch of imported reports stays uncommitted (writers of other processes wait
    /// this long at most; one of this process ends the batch at the next report).
    static constexpr int BatchMilliseconds = 2000;
    /// …and the reports it holds (they stay in memory until the commit): MinBatchReports, growing
    /// in an SQLite library to an eighth of the files already taken, up to MaxBatchReports. Each
    /// commit writes the batch's search entries as one FTS5 segment (library format 12 lets FTS5
    /// hold them), and FTS5 merges segments level by level: 128 reports per commit instead of 16
    /// halved what an import of 10,000 reports wrote to disk (13.2 → 7.2 GB), at a peak RSS of
    /// 161 MB. A short import still commits every few reports, and a team library (no FTS5) always.
    static constexpr qsizetype MinBatchReports = 16;
    static constexpr qsizetype MaxBatchReports = 128;

    /// Reads @p path again into report @p reportId after its text changed: derived data is rebuilt,
    /// what the user made of the report kept (Reimporter), in one transaction.
    ImportResult reimportFile(qint64 reportId, const QString &path);

    /// Reads and processes one file with the size and readability checks, touching no library (safe
    /// on a worker thread); nullopt with @p error naming the problem.
    static std::optional<Report> readReport(const QString &path, const ImportPipeline &pipeline,
                                            const QStringList &knownRegions, QString *error);

    /// Imports a file held in memory (the bundled samples), with @p path as its source path.
    ImportResult importBytes(const QByteArray &bytes, const QString &path);

private:
    /// Reads a file with the size and readability checks; on failure returns false with @p failure set.
    static bool readFile(const QString &path, QByteArray *bytes, ImportResult *failure);

    /// Stores a processed report unless its text is already in the library.
    ImportResult store(Report &report, const QString &path, const StoredTexts::Values *texts = nullptr);

    Library &m_library;
    IndicatorCatalog m_catalog;
    ImportPipeline m_pipeline;
};

} // namespace ReportLens
