#include "importcontroller.h"

#include "importworker.h"

#include <QElapsedTimer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace ReportLens {

ImportController::ImportController(QString databasePath, QWidget *window)
    : QObject(window)
    , m_databasePath(std::move(databasePath))
    , m_window(window)
{ }

ImportController::~ImportController()
{
    if (m_worker)
        m_worker->cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool ImportController::isRunning() const
{
    return m_thread != nullptr;
}

bool ImportController::start(const QStringList &paths)
{
    if (m_thread || paths.isEmpty())
        return false;
    m_longestStallMs = 0;
    m_thread = new QThread(this);
    m_worker = new ImportWorker(m_databasePath, paths);
    m_worker->moveToThread(m_thread);

    m_dialog = new QProgressDialog(tr("Importing reports…"), tr("Cancel"), 0, 0, m_window);
    m_dialog->setWindowTitle(tr("Import"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(
        m_dialog, &QProgressDialog::canceled, m_worker, [worker = m_worker] { worker->cancel(); },
        Qt::DirectConnection);

    // A tick every 10 ms; a late tick means the event loop was blocked that long.
    auto *ticker = new QTimer(this);
    auto *clock = new QElapsedTimer;
    clock->start();
    ticker->setInterval(10);
    connect(ticker, &QTimer::timeout, this,
            [this, clock] { m_longestStallMs = std::max(m_longestStallMs, clock->restart()); });
    ticker->start();

    connect(m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(m_worker, &ImportWorker::started, this, [this](int total) {
        if (m_dialog)
            m_dialog->setMaximum(total);
    });
    connect(m_worker, &ImportWorker::progress, this, [this](int done, int total, const QString &path) {
        if (m_dialog) {
            m_dialog->setValue(done);
            m_dialog->setLabelText(tr("Importing %1 of %2\n%3").arg(done).arg(total).arg(path.section(u'/', -1)));
        }
        Q_EMIT progressed(done, total);
    });
    connect(m_worker, &ImportWorker::finished, this,
            [this, ticker, clock](int imported, int duplicates, const QStringList &failures, bool cancelled,
                                  const QList<qint64> &reports) {
                ticker->stop();
                ticker->deleteLater();
                delete clock;
                finish(imported, duplicates, failures, cancelled, reports);
            });
    m_thread->start();
    return true;
}

void ImportController::finish(int imported, int duplicates, const QStringList &failures, bool cancelled,
                              const QList<qint64> &reports)
{
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_dialog)
        m_dialog->deleteLater();
    Q_EMIT finished(imported, duplicates, failures, cancelled, reports);
}

} // namespace ReportLens
