#pragma once

#include "import/importer.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace ReportLens {

/// Imports files on a worker thread with its own connection to the library, so the window keeps
/// responding. Progress is reported per file; cancel() stops after the current file and keeps the
/// reports stored so far (each report is stored atomically, so nothing is left half-imported).
class ImportWorker : public QObject
{
    Q_OBJECT
public:
    ImportWorker(QString databasePath, QStringList paths);

    void cancel() { m_cancelled = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total, const QString &path);
    /// @p failures: "path: reason" for each file that could not be imported; @p reports: the
    /// reports imported or found already in the library, in the order of the files.
    void finished(int imported, int duplicates, const QStringList &failures, bool cancelled,
                  const QList<qint64> &reports);

private:
    QString m_databasePath;
    QStringList m_paths;
    std::atomic_bool m_cancelled{false};
};

} // namespace ReportLens
