#include "importer.h"

#include "reimporter.h"

#include "store/library.h"
#include "store/indicatorstore.h"
#include "store/reportstore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace ReportLens {

namespace {

ImportResult failure(const QString &path, const QString &reason)
{
    ImportResult r;
    r.path = path;
    r.status = ImportResult::Status::Failed;
    r.message = reason;
    return r;
}

int countSections(const QList<Section> &sections)
{
    int n = 0;
    for (const Section &s : sections)
        n += 1 + countSections(s.children);
    return n;
}

// The result for @p report read from @p path, before its status is known.
ImportResult resultFor(const QString &path, const Report &report)
{
    ImportResult r;
    r.path = path;
    r.meta = report.meta;
    r.sectionCount = countSections(report.sections);
    return r;
}

/// A file read and processed on a worker thread, waiting to be stored.
struct Prepared
{
    QString path; ///< Absolute.
    Report report;
    StoredTexts::Values texts; ///< The report's texts as the library stores them, made on the worker.
    std::optional<ImportResult> failure; ///< Set when reading or processing failed.
    bool consultedKnownRegions = false;
};

/// Pipelines for worker threads: each task borrows one, so no two threads share one (the
/// processors hold QRegularExpressions, which are reentrant, not thread-safe).
class PipelinePool
{
public:
    explicit PipelinePool(IndicatorCatalog catalog)
        : m_catalog(std::move(catalog))
    { }

    std::unique_ptr<ImportPipeline> acquire()
    {
        {
            QMutexLocker lock(&m_mutex);
            if (!m_free.empty()) {
                auto pipeline = std::move(m_free.back());
                m_free.pop_back();
                return pipeline;
            }
        }
        return std::make_unique<ImportPipeline>(m_catalog);
    }

    void release(std::unique_ptr<ImportPipeline> pipeline)
    {
        QMutexLocker lock(&m_mutex);
        m_free.push_back(std::move(pipeline));
    }

private:
    IndicatorCatalog m_catalog;
    QMutex m_mutex;
    std::vector<std::unique_ptr<ImportPipeline>> m_free;
};

} // namespace

Importer::Importer(Library &library)
    : m_library(library)
    , m_catalog(IndicatorStore(library).catalog())
    , m_pipeline(m_catalog)
{ }

QStringList Importer::supportedSuffixes()
{
    return {QStringLiteral("txt"),   QStringLiteral("text"), QStringLiteral("html"), QStringLiteral("htm"),
            QStringLiteral("xhtml"), QStringLiteral("pdf"),  QStringLiteral("docx"), QStringLiteral("odt"),
            QStringLiteral("doc"),   QStringLiteral("wps"),  QStringLiteral("rtf")};
}

QStringList Importer::expandPaths(const QStringList &paths, QList<ImportResult> *failures)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (supportedSuffixes().contains(QFileInfo(file).suffix().toLower()))
                found.append(file);
        }
        if (found.isEmpty() && failures)
            failures->append(failure(path,
                                     QStringLiteral("the folder contains no reports (looked for .%1 files)")
                                         .arg(supportedSuffixes().join(QStringLiteral(", .")))));
        found.sort();
        files += found;
    }
    return files;
}

ImportResult Importer::importBytes(const QByteArray &bytes, const QString &path)
{
    QString error;
    Report report = m_pipeline.process(bytes, path, ReportStore(m_library).regions(), &error);
    if (!error.isEmpty())
        return failure(path, error);
    return store(report, path);
}

ImportResult Importer::store(Report &report, const QString &path, const StoredTexts::Values *texts)
{
    ReportStore store(m_library);
    ImportResult result = resultFor(path, report);
    const auto duplicateOf = [&](qint64 existing) {
        result.status = ImportResult::Status::Duplicate;
        result.reportId = existing;
        result.message = QStringLiteral("already in the library as report %1").arg(existing);
        return result;
    };
    if (const auto existing = store.findByContentHash(report.contentHash))
        return duplicateOf(*existing);
    QString error;
    if (!store.insert(report, &error, texts)) {
        // Another member of a team library stored the same text while this one was read.
        if (const auto existing = store.findByContentHash(report.contentHash))
            return duplicateOf(*existing);
        return failure(path, QStringLiteral("could not be stored: %1").arg(error));
    }
    result.status = ImportResult::Status::Imported;
    result.reportId = report.id;
    return result;
}

bool Importer::readFile(const QString &path, QByteArray *bytes, ImportResult *result)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *result = failure(path, QStringLiteral("no such file"));
        return false;
    }
    if (info.isDir()) {
        *result = failure(path, QStringLiteral("is a folder"));
        return false;
    }
    if (info.size() > MaxFileSize) {
        *result = failure(path,
                          QStringLiteral("the file is %1 MB; ReportLens reads files up to %2 MB")
                              .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                              .arg(MaxFileSize / (1024 * 1024)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *result = failure(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *result = failure(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

ImportResult Importer::importFile(const QString &path)
{
    QByteArray bytes;
    ImportResult result;
    if (!readFile(path, &bytes, &result))
        return result;
    return importBytes(bytes, QFileInfo(path).absoluteFilePath());
}

std::optional<Report> Importer::readReport(const QString &path, const ImportPipeline &pipeline,
                                           const QStringList &knownRegions, QString *error)
{
    QByteArray bytes;
    if (ImportResult unreadable; !readFile(path, &bytes, &unreadable)) {
        *error = unreadable.message;
        return std::nullopt;
    }
    error->clear();
    Report report = pipeline.process(bytes, QFileInfo(path).absoluteFilePath(), knownRegions, error);
    if (!error->isEmpty())
        return std::nullopt;
    return report;
}

ImportResult Importer::reimportFile(qint64 reportId, const QString &path)
{
    QString error;
    std::optional<Report> report = readReport(path, m_pipeline, ReportStore(m_library).regions(), &error);
    if (!report)
        return failure(path, error);
    ReimportedReport reimported;
    if (!Reimporter::replace(m_library, reportId, std::move(*report), &reimported, &error))
        return failure(path, QStringLiteral("could not be stored: %1").arg(error));
    ImportResult result = resultFor(path, reimported.report);
    result.status = ImportResult::Status::Imported;
    result.reportId = reportId;
    return result;
}

QList<ImportResult> Importer::importPaths(const QStringList &paths,
                                          const std::function<bool(const ImportResult &)> &progress)
{
    QList<ImportResult> results;
    const QStringList files = expandPaths(paths, &results);
    for (const ImportResult &r : std::as_const(results))
        if (progress && !progress(r))
            return results;

    // Regions in the library, kept up to date here instead of asked for per report. Workers see
    // none; a report whose region needed them is detected again below, in order, so the result
    // is the same as importing one file after the other.
    QStringList knownRegions = ReportStore(m_library).regions();
    PipelinePool pipelines(m_catalog);
    QThreadPool pool;
    const qsizetype lookahead = 2 * std::max(1, pool.maxThreadCount()); // bounds the reports held in memory
    QList<QFuture<Prepared>> pending;
    qsizetype submitted = 0;
    const Engine engine = m_library.engine();
    auto submit = [&] {
        const QString file = files[submitted++];
        pending.append(QtConcurrent::run(&pool, [file, &pipelines, engine] {
            Prepared prepared;
            prepared.path = QFileInfo(file).absoluteFilePath();
            QByteArray bytes;
            if (ImportResult unreadable; !readFile(file, &bytes, &unreadable)) {
                prepared.failure = unreadable;
                return prepared;
            }
            auto pipeline = pipelines.acquire();
            QString error;
            prepared.report = pipeline->process(bytes, prepared.path, {}, &error, &prepared.consultedKnownRegions);
            pipelines.release(std::move(pipeline));
            if (!error.isEmpty())
                prepared.failure = failure(prepared.path, error);
            else
                prepared.texts = StoredTexts::stored(engine, prepared.report.cleanText, prepared.report.originalText);
            return prepared;
        }));
    };

    // Reports are stored in batches, one commit each (FTS5 writes a segment per commit; one
    // report per commit spent half the import there). A batch that fails anywhere is rolled back
    // and its reports stored again one per transaction, so one bad report costs only itself.
    const auto batchLimit = [engine](qsizetype taken) {
        return engine == Engine::SQLite ? std::clamp(taken / 8, MinBatchReports, MaxBatchReports) : MinBatchReports;
    };
    std::optional<Library::Transaction> batch;
    QElapsedTimer batchAge;
    QList<std::pair<qsizetype, Prepared>> batchItems; // index in results, what was stored there
    auto storeOne = [&](Prepared &prepared) {
        if (prepared.consultedKnownRegions)
            m_pipeline.detectMetadata(prepared.report, knownRegions);
        ImportResult result = store(prepared.report, prepared.path, &prepared.texts);
        const QString &region = result.meta.region.value;
        if (result.status == ImportResult::Status::Imported && result.meta.region.isSet()
            && !knownRegions.contains(region))
            knownRegions.insert(std::lower_bound(knownRegions.begin(), knownRegions.end(), region), region);
        return result;
    };
    auto retryAlone = [&] {
        batch.reset(); // rolls back
        for (auto &[index, prepared] : batchItems) {
            Library::Transaction alone(m_library);
            QString error;
            if (!alone.began(&error)) {
                results[index] = failure(prepared.path, error);
                continue;
            }
            results[index] = storeOne(prepared);
            if (!alone.commit(&error) && results[index].status == ImportResult::Status::Imported)
                results[index] = failure(prepared.path, QStringLiteral("could not be stored: %1").arg(error));
        }
        batchItems.clear();
    };
    auto commitBatch = [&] {
        if (batch && !batch->commit())
            retryAlone();
        batch.reset();
        batchItems.clear();
        Library::Transaction::letOthersWriteFirst(m_library);
    };
    // Results go to @p progress once no batch is open: a report said to be imported is committed
    // (a batch that did not commit was stored again one by one, and its results say how that went).
    qsizetype reported = results.size();
    bool stopped = false;
    auto report = [&] {
        for (; reported < results.size(); ++reported)
            if (progress && !progress(results[reported]))
                stopped = true;
    };
    for (qsizetype i = 0; i < files.size(); ++i) {
        while (submitted < files.size() && submitted < i + lookahead)
            submit();
        Prepared prepared = pending.takeFirst().result();
        if (prepared.failure) {
            results.append(*prepared.failure);
        } else {
            if (!batch) {
                batch.emplace(m_library);
                batchAge.start();
            }
            results.append(storeOne(prepared));
            const bool failed = results.last().status == ImportResult::Status::Failed;
            if (results.last().status == ImportResult::Status::Imported || failed)
                batchItems.append({results.size() - 1, std::move(prepared)});
            if (failed) {
                retryAlone();
                if (!m_library.ensureConnected()) {
                    // A team library's server went away: the files left are not each tried in vain.
                    for (qsizetype j = i + 1; j < files.size(); ++j)
                        results.append(
                            failure(files[j],
                                    QStringLiteral("not imported: %1 cannot be reached").arg(m_library.displayName())));
                    report();
                    break;
                }
            } else if (batchAge.elapsed() >= BatchMilliseconds || batchItems.size() >= batchLimit(i)
                       || Library::Transaction::othersWaiting(m_library)) {
                // A highlight made in the window meanwhile waits for one report, not a whole batch.
                commitBatch();
            }
        }
        if (!batch)
            report();
        if (stopped)
            break;
    }
    commitBatch();
    report();
    for (QFuture<Prepared> &future : pending)
        future.cancel();
    pool.waitForDone();
    return results;
}

} // namespace ReportLens
