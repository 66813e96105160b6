#include "libraryreader.h"

#include "store/library.h"
#include "util/logging.h"

#include <QThread>

namespace ReportLens {

/// Lives on the worker thread and owns the worker's connection, opened at the first read.
class LibraryReader::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    { }

    void run(const std::function<void(Library &)> &task)
    {
        if (!m_library) {
            m_library = std::make_unique<Library>();
            QString error;
            if (!m_library->open(m_path, &error)) {
                qCWarning(lcCore) << "the library could not be opened for reading in the background:" << error;
                m_library.reset();
                return;
            }
        }
        m_library->ensureConnected(); // a team library's server may have restarted since the last read
        task(*m_library);
    }

    /// Closed on its own thread, where it was opened.
    void close() { m_library.reset(); }

private:
    QString m_path;
    std::unique_ptr<Library> m_library;
};

namespace {
bool inMemory(const QString &path)
{
    return path.isEmpty() || path == QStringLiteral(":memory:");
}
} // namespace

LibraryReader::LibraryReader(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    if (inMemory(library.path()))
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("LibraryReader"));
    m_worker = new Worker(library.path());
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

LibraryReader::~LibraryReader()
{
    cancel();
    if (m_thread) {
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker] {
                worker->close();
                delete worker;
            },
            Qt::QueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
}

void LibraryReader::post(std::function<void(Library &)> task)
{
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, task = std::move(task)] { worker->run(task); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, task = std::move(task)] { task(m_library); }, Qt::QueuedConnection);
}

void LibraryReader::deliverLater(std::function<void()> delivery)
{
    const quint64 generation = m_generation->load();
    QMetaObject::invokeMethod(
        this,
        [this, delivery = std::move(delivery), generation] {
            delivery();
            if (generation == m_generation->load()) {
                m_delivered = generation;
                Q_EMIT delivered();
            }
        },
        Qt::QueuedConnection);
}

} // namespace ReportLens
