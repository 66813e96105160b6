// Library::Transaction: one change kept whole or not at all, and the turns writers of this
// process take at an SQLite library's write lock.

#include "library.h"

#include "dialect.h"
#include "searchpostings.h"
#include "util/logging.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <condition_variable>
#include <mutex>
#include <optional>

namespace ReportLens {

namespace {

// The transactions of this process waiting in BEGIN IMMEDIATE, by library file
// (Transaction::othersWaiting): an import into one library does not give way to a writer of another.
struct WaitingWriters
{
    std::mutex mutex;
    std::condition_variable changed;
    QHash<QString, int> count;
};

WaitingWriters &waitingWriters()
{
    static WaitingWriters writers;
    return writers;
}

QString libraryFile(const Library &library)
{
    return QFileInfo(library.path()).absoluteFilePath();
}

// Counts one writer waiting for the lock of @p file for as long as it lives.
class WaitingForWriteLock
{
public:
    explicit WaitingForWriteLock(const QString &file)
        : m_file(file)
    {
        const std::lock_guard lock(waitingWriters().mutex);
        ++waitingWriters().count[m_file];
    }
    ~WaitingForWriteLock()
    {
        WaitingWriters &writers = waitingWriters();
        const std::lock_guard lock(writers.mutex);
        if (--writers.count[m_file] == 0) {
            writers.count.remove(m_file);
            writers.changed.notify_all();
        }
    }
    WaitingForWriteLock(const WaitingForWriteLock &) = delete;
    WaitingForWriteLock &operator=(const WaitingForWriteLock &) = delete;

private:
    const QString m_file;
};

} // namespace

// An import asks both after every report and batch, and nearly always nobody waits: the library's
// file name is made only when somebody does.
bool Library::Transaction::othersWaiting(const Library &library)
{
    WaitingWriters &writers = waitingWriters();
    const std::lock_guard lock(writers.mutex);
    return !writers.count.isEmpty() && writers.count.contains(libraryFile(library));
}

void Library::Transaction::letOthersWriteFirst(const Library &library)
{
    if (library.m_transactionDepth > 0)
        return;
    WaitingWriters &writers = waitingWriters();
    std::unique_lock lock(writers.mutex);
    if (writers.count.isEmpty())
        return;
    const QString file = libraryFile(library);
    writers.changed.wait_for(lock, std::chrono::milliseconds(BusyTimeoutMilliseconds),
                             [&writers, &file] { return !writers.count.contains(file); });
}

Library::Transaction::Transaction(Library &library)
    : m_library(library)
    , m_outermost(library.m_transactionDepth == 0)
{
    // SQLite: IMMEDIATE takes the write lock up front, so two writers wait on the busy timeout
    // instead of failing with SQLITE_BUSY when a reader tries to upgrade. PostgreSQL locks rows as
    // they are written; what must not happen twice is kept out by unique constraints.
    static const Spelling begin{QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("BEGIN")};
    if (m_library.m_readOnly)
        return;
    if (!m_outermost) {
        m_active = true;
    } else {
        std::optional<WaitingForWriteLock> waiting;
        if (m_library.engine() == Engine::SQLite)
            waiting.emplace(libraryFile(m_library));
        m_active = QSqlQuery(m_library.database()).exec(begin.in(m_library.engine()));
    }
    if (!m_active)
        return;
    if (m_outermost)
        m_library.m_rollbackOnly = false;
    ++m_library.m_transactionDepth;
}

Library::Transaction::~Transaction()
{
    if (!m_active)
        return;
    --m_library.m_transactionDepth;
    if (m_outermost) {
        QSqlQuery(m_library.database()).exec(QStringLiteral("ROLLBACK"));
        if (m_library.m_pendingPostings)
            m_library.m_pendingPostings->clear();
    } else
        m_library.m_rollbackOnly = true;
}

bool Library::Transaction::began(QString *error) const
{
    if (m_active || !error)
        return m_active;
    if (m_library.m_readOnly)
        *error = QStringLiteral("%1 was upgraded by a newer ReportLens (library format %2; this version writes up to "
                                "%3): it can be read here but not changed")
                     .arg(m_library.displayName())
                     .arg(m_library.schemaVersion())
                     .arg(currentSchemaVersion(m_library.engine()));
    else if (m_library.engine() == Engine::PostgreSQL && !m_library.isOpen())
        // The server went away (restarted, or the network): every later statement fails alike.
        *error = QStringLiteral("%1: cannot begin a transaction: the connection to the server was lost")
                     .arg(m_library.displayName());
    else
        *error = QStringLiteral("%1: cannot begin a transaction (another program may be writing to the library): %2")
                     .arg(m_library.displayName(), m_library.database().lastError().text());
    return false;
}

bool Library::Transaction::commit(QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false; // the destructor rolls back
    };
    if (!m_active)
        return fail(QStringLiteral("the transaction did not begin"));
    if (!m_outermost) {
        m_active = false;
        --m_library.m_transactionDepth;
        return true;
    }
    if (m_library.m_rollbackOnly)
        return fail(QStringLiteral("an earlier step of the same change failed, so none of it was kept"));
    QString postingsError;
    if ((m_library.m_pendingPostings && !m_library.m_pendingPostings->write(m_library, &postingsError))
        || !m_library.indexQueuedTexts(&postingsError)) {
        qCWarning(lcCore) << m_library.displayName() << "cannot store the search index:" << postingsError;
        return fail(QStringLiteral("cannot store the search index: %1").arg(postingsError));
    }
    QSqlQuery commit(m_library.database());
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(commit.lastError().text());
    m_active = false;
    --m_library.m_transactionDepth;
    return true;
}

} // namespace ReportLens
