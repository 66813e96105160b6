#pragma once

#include "dialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace ReportLens {

class SearchPostings;

/// One ReportLens library: an SQLite file (opened through QSQLITE with WAL, foreign keys and the
/// CJK full-text tokenizer) or a team library on PostgreSQL (a `postgresql://` URL, through
/// QPSQL), at the current schema of its engine. Owns its connection; not copyable. Use from one
/// thread (each thread opens its own Library on the same location).
class Library
{
public:
    Library();
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    /// Why open() failed, so a caller can offer the right way out.
    enum class OpenFailure { None, NotADatabase, Damaged, TooNew, Other };

    /// Opens (creating if needed) the library at @p location — a file path, or a team library's
    /// `postgresql://user[:password]@host[:port]/database[?host=/socket/dir]` URL — and migrates
    /// it to the current schema, after copying an existing SQLite library to a backup file beside
    /// it. Creating and upgrading hold the write lock (on PostgreSQL an advisory lock) throughout:
    /// another process opening the library meanwhile waits and then finds it ready. On failure
    /// returns false and sets @p error to a message that names the library; openFailure() says
    /// what kind of failure.
    bool open(const QString &location, QString *error);
    OpenFailure openFailure() const { return m_openFailure; }
    /// Called by open() just before it backs up and upgrades a library that holds reports, from
    /// format @p from to @p to. That can take minutes for a large library (the search index may be
    /// rebuilt), so a caller says so meanwhile.
    void setUpgradeNotice(std::function<void(int from, int to)> notice) { m_upgradeNotice = std::move(notice); }
    /// The backup made before the last migration, if any.
    QString backupPath() const { return m_backupPath; }

    /// Renames a library that cannot be opened (and its -wal/-shm files) out of the way, so a new
    /// one can be started in its place; the old file is kept, never overwritten.
    static bool moveAside(const QString &path, QString *newPath, QString *error);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;
    /// @p sql prepared once on this connection and kept: on a team library a preparation is a
    /// round trip and a plan, which for the statements every search repeats (a gram's pages, a
    /// report's text and outline) cost more than running them. Bind, exec, read, then finish():
    /// a kept SQLite statement that is not reset may hold its read snapshot. Not for a statement
    /// that may run inside its own loop.
    QSqlQuery &prepared(const QString &sql);
    /// Where the library was opened from, as given (a team library's URL with its password).
    QString path() const { return m_path; }
    /// The location to show and to put in messages: a URL without its password.
    QString displayName() const;
    Engine engine() const { return m_engine; }
    /// True for a `postgresql://` (or `postgres://`) URL.
    static bool isServerLocation(const QString &location);

    /// Schema version this build writes for @p engine (SQLite: PRAGMA user_version; PostgreSQL:
    /// the reportlens_schema table). The engines number their migrations separately.
    static int currentSchemaVersion(Engine engine = Engine::SQLite);
    int schemaVersion() const;
    /// True when a newer ReportLens upgraded this team library: it is read, never written (every
    /// Transaction fails to begin, saying why).
    bool isReadOnly() const { return m_readOnly; }
    /// The team member this connection writes as (PostgreSQL's current_user); on SQLite the
    /// person logged in, which is what a pushed annotation's author becomes on the server.
    QString userName() const { return m_userName; }

    /// RAII transaction: rolls back unless commit() succeeded. Inside another transaction of the
    /// same Library it joins the outer one, and if it ends without commit() the outer one can
    /// only roll back (commit() fails): several reports share one commit this way. Savepoints
    /// would let one roll back alone, but FTS5 (SQLite 3.40) writes its pending index to disk at
    /// every savepoint release, which is the cost a batch is there to avoid.
    class Transaction
    {
    public:
        explicit Transaction(Library &library);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isActive() const { return m_active; }
        /// False, with @p error saying why, when the transaction did not begin (another process
        /// held the write lock past the busy timeout): the writer must stop there, or its
        /// statements would each commit on their own.
        bool began(QString *error) const;
        /// False, with @p error saying why, when the change could not be kept: a step of it
        /// failed, its search entries could not be written, or COMMIT failed. The destructor then
        /// rolls it back.
        bool commit(QString *error = nullptr);

        /// Whether a transaction of this process waits for the write lock of @p library's SQLite
        /// file now (in BEGIN IMMEDIATE): a long writer (an import's batch) then commits early.
        static bool othersWaiting(const Library &library);
        /// Returns once no transaction of this process waits for that write lock (at most the
        /// busy timeout), unless @p library still holds it. A writer that began again at once would
        /// keep it from them: SQLite's busy wait polls every 100 ms, a new batch begins in
        /// microseconds. Other processes are not seen: they wait as before.
        static void letOthersWriteFirst(const Library &library);

    private:
        Library &m_library;
        bool m_outermost = false;
        bool m_active = false;
    };

    /// Whether a team library's server answers; if it stopped (restarted, network lost), the
    /// connection is opened again under the same name, so every store reaches it as before.
    /// False while it stays unreachable; @p reopened says whether it was opened again (changes
    /// made meanwhile were not heard). Always true for an SQLite file.
    bool ensureConnected(bool *reopened = nullptr);

    /// A team library's search entries for the reports written in the open transaction, stored
    /// when its outermost Transaction commits.
    SearchPostings &pendingPostings();

    /// True when open() created the schema from nothing (a new library).
    bool isNew() const { return m_isNew; }

    /// Changes whenever another connection (another process) commits (SQLite: PRAGMA
    /// data_version; PostgreSQL: the last change sequence number).
    qint64 dataVersion() const;

    /// `PRAGMA integrity_check` result: "ok" when healthy.
    QString integrityCheck() const;

    /// The default location: <AppDataLocation>/library.sqlite.
    static QString defaultPath();

private:
    /// Two writers wait this long for each other before one gives up (another process importing).
    static constexpr int BusyTimeoutMilliseconds = 10000;

    bool openFile(const QString &path, QString *error);
    bool openServer(const QString &url, QString *error);
    bool bringServerToCurrentFormat(QString *error);
    static bool switchToWriteAheadLog(sqlite3 *sqlite, QString *error);
    bool bringToCurrentFormat(sqlite3 *sqlite, QString *error);
    static bool backUp(const QString &source, const QString &target, QString *error);
    void giveBackFreePages();
    bool migrate(QString *error);
    /// SQLite: adds the texts the triggers queued to the search index, in key order (see migration
    /// 9 → 10); the outermost Transaction does it before it commits.
    bool indexQueuedTexts(QString *error);
    bool exec(const QString &sql, QString *error);

    std::function<void(int, int)> m_upgradeNotice;
    QString m_connectionName;
    int m_transactionDepth = 0; ///< Open Transaction objects on this connection.
    bool m_rollbackOnly = false; ///< A nested Transaction ended without commit().
    std::unique_ptr<SearchPostings> m_pendingPostings;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared; ///< prepared(): dropped with the connection
    QString m_path;
    Engine m_engine = Engine::SQLite;
    bool m_readOnly = false;
    QString m_userName;
    bool m_isNew = false;
    int m_sqliteFormat = 0; ///< An SQLite library's format as last read or migrated to.
    OpenFailure m_openFailure = OpenFailure::None;
    QString m_backupPath;
};

} // namespace ReportLens
