#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QThread;
class QWidget;

namespace ReportLens {

class ImportWorker;

/// Runs an import on a worker thread with a cancellable progress dialog, and measures how long the
/// event loop was kept waiting meanwhile (the window must never freeze).
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(QString databasePath, QWidget *window);
    ~ImportController() override;

    /// Starts importing @p paths; false if an import is already running.
    bool start(const QStringList &paths);
    bool isRunning() const;

    /// The longest gap between two event-loop ticks during the last import, in milliseconds.
    qint64 longestStallMs() const { return m_longestStallMs; }

Q_SIGNALS:
    /// A file was stored (the library changed).
    void progressed(int done, int total);
    /// The import ended; @p reports are those imported or already there, in the files' order.
    void finished(int imported, int duplicates, const QStringList &failures, bool cancelled,
                  const QList<qint64> &reports);

private:
    void finish(int imported, int duplicates, const QStringList &failures, bool cancelled,
                const QList<qint64> &reports);

    QString m_databasePath;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_dialog;
    qint64 m_longestStallMs = 0;
};

} // namespace ReportLens
