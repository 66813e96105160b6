#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

struct sqlite3;

namespace ReportLens {

/// One ReportLens library: an SQLite database opened through Qt Sql (QSQLITE) with WAL, foreign
/// keys, the CJK full-text tokenizer and the current schema. Owns its connection; not copyable.
/// Use from one thread (each thread opens its own Library on the same file).
class Library
{
public:
    Library();
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    /// Why open() failed, so a caller can offer the right way out.
    enum class OpenFailure { None, NotADatabase, Damaged, TooNew, Other };

    /// Opens (creating if needed) the database at @p path and migrates it to the current schema,
    /// after copying an existing library to a backup file beside it. Creating and upgrading hold
    /// the write lock throughout: another process opening the library meanwhile waits and then
    /// finds it ready. On failure returns false and sets @p error to a message that names the
    /// file; openFailure() says what kind of failure.
    bool open(const QString &path, QString *error);
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
    QString path() const { return m_path; }

    /// Schema version this build writes (PRAGMA user_version).
    static int currentSchemaVersion();
    int schemaVersion() const;

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
        bool commit();

    private:
        Library &m_library;
        bool m_outermost = false;
        bool m_active = false;
    };

    /// True when open() created the schema from nothing (a new library).
    bool isNew() const { return m_isNew; }

    /// Changes whenever another connection (another process) commits (PRAGMA data_version).
    qint64 dataVersion() const;

    /// `PRAGMA integrity_check` result: "ok" when healthy.
    QString integrityCheck() const;

    /// The default location: <AppDataLocation>/library.sqlite.
    static QString defaultPath();

private:
    bool bringToCurrentFormat(sqlite3 *sqlite, QString *error);
    static bool backUp(const QString &source, const QString &target, QString *error);
    bool migrate(QString *error);
    bool exec(const QString &sql, QString *error);

    std::function<void(int, int)> m_upgradeNotice;
    QString m_connectionName;
    int m_transactionDepth = 0; ///< Open Transaction objects on this connection.
    bool m_rollbackOnly = false; ///< A nested Transaction ended without commit().
    QString m_path;
    bool m_isNew = false;
    OpenFailure m_openFailure = OpenFailure::None;
    QString m_backupPath;
};

} // namespace ReportLens
