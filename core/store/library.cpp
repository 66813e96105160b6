#include "library.h"

#include "fts5extensions.h"
#include "schema.h"
#include "searchpostings.h"
#include "util/compression.h"
#include "util/logging.h"

#include <QAtomicInt>
#include <QScopeGuard>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

namespace ReportLens {

namespace {

// The bytes of an SQL argument as SQLite stores them (text as UTF-8, without a round trip through
// UTF-16), or nothing when the argument is not given.
QByteArrayView argumentBytes(int count, sqlite3_value **values, int index)
{
    if (index >= count)
        return {};
    const void *data = sqlite3_value_type(values[index]) == SQLITE_BLOB ? sqlite3_value_blob(values[index])
                                                                        : sqlite3_value_text(values[index]);
    return QByteArrayView(static_cast<const char *>(data), data ? sqlite3_value_bytes(values[index]) : 0);
}

// reportlens_compress_text(text [, prefix]) and reportlens_decompress_text(frame [, prefix]): the
// upgrades compress stored texts with them as ReportStore compresses new ones (Compression).
void compressText(sqlite3_context *context, int count, sqlite3_value **values)
{
    const QByteArray frame =
        Compression::compressUtf8(argumentBytes(count, values, 0), argumentBytes(count, values, 1));
    sqlite3_result_blob64(context, frame.constData(), sqlite3_uint64(frame.size()), SQLITE_TRANSIENT);
}

void decompressText(sqlite3_context *context, int count, sqlite3_value **values)
{
    QString error;
    const std::optional<QByteArray> utf8 =
        Compression::decompressUtf8(argumentBytes(count, values, 0), argumentBytes(count, values, 1), &error);
    if (!utf8) {
        const QByteArray message = QStringLiteral("a stored text is %1").arg(error).toUtf8();
        sqlite3_result_error(context, message.constData(), int(message.size()));
        return;
    }
    sqlite3_result_text64(context, utf8->constData(), sqlite3_uint64(utf8->size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

// Opening waits this long for another process creating or upgrading the library (an upgrade of a
// library of 10,000 reports rebuilds its search index in about a minute).
constexpr int UpgradeWaitMilliseconds = 600000;
// Each connection's page cache (PRAGMA cache_size), in KiB.
constexpr int PageCacheKibibytes = 32 * 1024;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("reportlens-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The first 16 bytes of every SQLite 3 database file.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Library::Library()
    : m_connectionName(nextConnectionName())
{ }

Library::~Library()
{
    close();
}

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

int Library::currentSchemaVersion(Engine engine)
{
    return int(Schema::migrations(engine).size());
}

bool Library::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString Library::displayName() const
{
    if (m_engine != Engine::PostgreSQL)
        return m_path;
    return QUrl(m_path).toString(QUrl::RemovePassword);
}

bool Library::exec(const QString &sql, QString *error)
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        *error = QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql.simplified().left(80));
        return false;
    }
    return true;
}

bool Library::moveAside(const QString &path, QString *newPath, QString *error)
{
    const QString target = QStringLiteral("%1.unreadable-%2")
                               .arg(path, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (!QFile::rename(path, target)) {
        *error = QStringLiteral("%1 could not be renamed to %2").arg(path, target);
        return false;
    }
    for (const char *suffix : {"-wal", "-shm"})
        if (QFile::exists(path + QLatin1String(suffix)))
            QFile::rename(path + QLatin1String(suffix), target + QLatin1String(suffix));
    *newPath = target;
    return true;
}

bool Library::open(const QString &location, QString *error)
{
    close();
    m_path = location;
    m_openFailure = OpenFailure::Other;
    m_backupPath.clear();
    m_readOnly = false;
    m_engine = isServerLocation(location) ? Engine::PostgreSQL : Engine::SQLite;
    return m_engine == Engine::PostgreSQL ? openServer(location, error) : openFile(location, error);
}

bool Library::openFile(const QString &path, QString *error)
{
    // Who annotates a personal library: the person logged in (what a pushed annotation's author
    // becomes on a team server is the member's role there, whatever this says).
    m_userName = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    const QFileInfo info(path);
    const bool inMemory = path == QStringLiteral(":memory:"); // SQLite's name, no file (nor folder ":")
    if (!inMemory && info.exists()) {
        if (!info.isFile()) {
            *error = QStringLiteral("%1: not a file").arg(path);
            return false;
        }
        // Never let SQLite touch a file that is not a database: it would be overwritten on first write.
        if (info.size() > 0 && !hasSqliteHeader(path)) {
            *error = QStringLiteral("%1: not a ReportLens library (the file is not an SQLite database)").arg(path);
            m_openFailure = OpenFailure::NotADatabase;
            return false;
        }
    } else if (!inMemory && !QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("%1: cannot create the folder %2").arg(path, info.absolutePath());
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // Another process (the CLI importing while the GUI reads) may hold the write lock for a while.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMilliseconds));
    // Every failure below releases this handle before close(), which needs it to be the last one.
    auto fail = [&](const QString &message) {
        *error = message;
        db = QSqlDatabase();
        close();
        return false;
    };
    if (!db.open())
        return fail(QStringLiteral("%1: cannot open: %2").arg(path, db.lastError().text()));

    const QVariant handle = db.driver()->handle();
    sqlite3 *sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!sqlite || !registerFts5Extensions(sqlite))
        return fail(QStringLiteral("%1: this SQLite has no FTS5 full-text search").arg(path));
    const auto registered = [&](const char *name, void (*function)(sqlite3_context *, int, sqlite3_value **)) {
        return sqlite3_create_function_v2(sqlite, name, -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, function,
                                          nullptr, nullptr, nullptr)
            == SQLITE_OK;
    };
    if (!registered("reportlens_compress_text", &compressText)
        || !registered("reportlens_decompress_text", &decompressText))
        return fail(QStringLiteral("%1: cannot register an SQL function: %2")
                        .arg(path, QString::fromUtf8(sqlite3_errmsg(sqlite))));

    QString sqlError;
    if (!exec(QStringLiteral("SELECT count(*) FROM sqlite_master"), &sqlError)) {
        m_openFailure = OpenFailure::Damaged;
        return fail(QStringLiteral("%1: the library is damaged and cannot be read (%2)").arg(path, sqlError));
    }
    // A truncated file still opens; its page count tells that pages are missing. Cheap: no page is read.
    if (info.exists() && info.size() > 0) {
        QSqlQuery pages(db);
        qint64 expected = 0;
        if (pages.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"))
            && pages.next())
            expected = pages.value(0).toLongLong();
        pages.finish();
        const qint64 present = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        if (expected > present) {
            m_openFailure = OpenFailure::Damaged;
            return fail(QStringLiteral("%1: the library is damaged: the file is truncated (%2 of %3 bytes)")
                            .arg(path)
                            .arg(present)
                            .arg(expected));
        }
    }
    if (!switchToWriteAheadLog(sqlite, &sqlError)
        || !exec(QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError)
        // NORMAL is durable in WAL mode except for the last commit on power loss, never corrupting.
        || !exec(QStringLiteral("PRAGMA synchronous = NORMAL"), &sqlError)
        // SQLite's default page cache is 2 MB; a library of 100,000 reports reads its reports table
        // (35 MB) and their figures over and over, and without a larger cache each read is a
        // system call (a quarter of the window's time there). The cache grows only as pages are read.
        || !exec(QStringLiteral("PRAGMA cache_size = -%1").arg(PageCacheKibibytes), &sqlError))
        return fail(QStringLiteral("%1: %2").arg(path, sqlError));

    if (!bringToCurrentFormat(sqlite, &sqlError))
        return fail(sqlError);
    m_openFailure = OpenFailure::None;
    return true;
}

// Switching a rollback-journal file to WAL needs its exclusive lock. When another process holds a
// lock on it (three imports creating one library at once), SQLite may answer SQLITE_BUSY at once
// without calling the busy handler, as waiting could deadlock; so retry here for as long as the
// busy timeout would wait. A file already in WAL mode answers at once with no lock.
bool Library::switchToWriteAheadLog(sqlite3 *sqlite, QString *error)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const int result = sqlite3_exec(sqlite, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        if (result == SQLITE_OK)
            return true;
        if ((result & 0xff) != SQLITE_BUSY || waited.elapsed() > BusyTimeoutMilliseconds) {
            *error = QStringLiteral("cannot use a write-ahead log: %1").arg(QString::fromUtf8(sqlite3_errmsg(sqlite)));
            return false;
        }
        QThread::msleep(10);
    }
}

bool Library::bringToCurrentFormat(sqlite3 *sqlite, QString *error)
{
    const auto tooNew = [&](int version) {
        m_openFailure = OpenFailure::TooNew;
        *error = QStringLiteral("%1 was made by a newer ReportLens (library format %2; this version reads up to %3). "
                                "Open it with the newer version.")
                     .arg(m_path)
                     .arg(version)
                     .arg(currentSchemaVersion());
        return false;
    };
    int version = m_sqliteFormat = schemaVersion();
    if (version > currentSchemaVersion())
        return tooNew(version);
    m_isNew = false;
    if (version == currentSchemaVersion())
        return true;
    // Creating or upgrading is one step under the write lock: another process opening the library
    // meanwhile (three imports started at once, the window and the CLI) waits for it, then finds the
    // library at the current format and goes on. Waiting may take as long as an upgrade of a large
    // library (its search index is rebuilt), so the usual busy timeout is lengthened meanwhile.
    sqlite3_busy_timeout(sqlite, UpgradeWaitMilliseconds);
    const auto restoreTimeout = qScopeGuard([sqlite] { sqlite3_busy_timeout(sqlite, BusyTimeoutMilliseconds); });
    Transaction lock(*this);
    if (!lock.began(error)) {
        *error = QStringLiteral("%1: cannot set up the library: %2").arg(m_path, *error);
        return false;
    }
    version = m_sqliteFormat = schemaVersion();
    if (version > currentSchemaVersion())
        return tooNew(version);
    if (version == currentSchemaVersion())
        return true; // another process did it while this one waited
    m_isNew = version == 0;
    // Before changing the format of a library with data, keep a copy of it as it was. The copy is
    // made under the lock with SQLite's backup API (VACUUM INTO cannot run inside a transaction).
    if (version > 0) {
        if (m_upgradeNotice)
            m_upgradeNotice(version, currentSchemaVersion());
        m_backupPath = QStringLiteral("%1.v%2-backup-%3")
                           .arg(m_path)
                           .arg(version)
                           .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!backUp(m_path, m_backupPath, error)) {
            *error = QStringLiteral("%1: cannot make a backup before upgrading (%2)").arg(m_path, *error);
            return false;
        }
    }
    if (!migrate(error) || !lock.commit(error)) {
        *error = QStringLiteral("%1: cannot upgrade the library: %2").arg(m_path, *error);
        return false;
    }
    if (version > 0)
        giveBackFreePages();
    return true;
}

void Library::giveBackFreePages()
{
    // An upgrade that rewrote a table (format 8 compresses every original) leaves its old pages
    // free inside the file: 585 MB of 2.5 GB at 10,000 reports, more than the upgrade saved.
    // VACUUM gives them back (18 s there) when more than a tenth of the file is free. It cannot
    // run in a transaction; if it fails (another process reading, no room for its copy), the
    // library stays upgraded and only larger than it need be.
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT freelist_count, page_count FROM pragma_freelist_count(), pragma_page_count()"))
        || !q.next() || q.value(0).toLongLong() * 10 <= q.value(1).toLongLong())
        return;
    q.finish();
    QString vacuumError;
    if (!exec(QStringLiteral("VACUUM"), &vacuumError))
        qCWarning(lcCore) << m_path << "was upgraded, but its free space could not be given back:" << vacuumError;
}

bool Library::backUp(const QString &source, const QString &target, QString *error)
{
    if (QFile::exists(target)) {
        *error = QStringLiteral("%1 already exists").arg(target);
        return false;
    }
    // Read through a connection of its own: the one holding the write lock may not be a backup's
    // source (SQLITE_LOCKED), and in WAL mode a reader sees the library as last committed.
    sqlite3 *from = nullptr;
    sqlite3 *to = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(source).constData(), &from, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
        if (!backup) {
            rc = sqlite3_errcode(to);
        } else {
            const int step = sqlite3_backup_step(backup, -1);
            rc = sqlite3_backup_finish(backup);
            if (step != SQLITE_DONE && rc == SQLITE_OK)
                rc = step;
        }
    }
    if (rc != SQLITE_OK)
        *error = QString::fromUtf8(to ? sqlite3_errmsg(to) : from ? sqlite3_errmsg(from) : sqlite3_errstr(rc));
    sqlite3_close(to);
    sqlite3_close(from);
    if (rc != SQLITE_OK)
        QFile::remove(target);
    return rc == SQLITE_OK;
}

bool Library::migrate(QString *error)
{
    const auto &migrations = Schema::migrations(Engine::SQLite);
    for (int version = schemaVersion(); version < int(migrations.size()); ++version) {
        Transaction transaction(*this);
        for (const QString &statement : migrations[version])
            if (!exec(statement, error))
                return false;
        // PRAGMA takes no bound parameters; the value is our own integer.
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1), error) || !transaction.commit(error))
            return false;
        m_sqliteFormat = version + 1;
    }
    return true;
}

QSqlQuery &Library::prepared(const QString &sql)
{
    std::shared_ptr<QSqlQuery> &query = m_prepared[sql];
    if (!query) {
        query = std::make_shared<QSqlQuery>(database());
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    query->finish();
    return *query;
}

void Library::close()
{
    m_prepared.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Library::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Library::schemaVersion() const
{
    QSqlQuery query(database());
    if (m_engine == Engine::PostgreSQL) {
        // A new database has no version table yet (0), which must be asked before reading it. Asked
        // of pg_tables, not to_regclass: a client that waited on the schema lock while another
        // created the table would still find it missing in its catalog cache, and create it again.
        if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT FROM pg_tables WHERE schemaname = current_schema() "
                                       "AND tablename = 'reportlens_schema')"))
            || !query.next() || !query.value(0).toBool())
            return 0;
        query.finish();
        if (query.exec(QStringLiteral("SELECT max(version) FROM reportlens_schema")) && query.next())
            return query.value(0).toInt();
        return 0;
    }
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

qint64 Library::dataVersion() const
{
    // On PostgreSQL the last change this connection can see: a committed one, unlike a
    // sequence's last_value, which moves before the change is visible.
    static const Spelling version{QStringLiteral("PRAGMA data_version"),
                                  QStringLiteral("SELECT coalesce(max(seq), 0) FROM reportlens_changes")};
    QSqlQuery query(database());
    if (query.exec(version.in(m_engine)) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

QString Library::integrityCheck() const
{
    if (m_engine == Engine::PostgreSQL)
        return QStringLiteral("ok"); // the server checks its own pages; there is no file to read
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(u'\n');
}

bool Library::indexQueuedTexts(QString *error)
{
    // Libraries before format 10 (on their way up, in a migration) have no queue. The format is
    // the one last read or written, not asked again on every commit.
    constexpr int FirstFormatWithQueue = 10;
    if (m_engine != Engine::SQLite || m_sqliteFormat < FirstFormatWithQueue)
        return true;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_queue)")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.value(0).toBool())
        return true;
    q.finish();
    for (const char *table : {"search_index", "search_characters"})
        if (!q.exec(QStringLiteral("INSERT INTO %1 (rowid, clean_text) SELECT t.search_key, t.clean_text "
                                   "FROM search_queue q JOIN report_clean_texts t ON t.search_key = q.search_key "
                                   "ORDER BY q.search_key")
                        .arg(QLatin1String(table)))) {
            *error = q.lastError().text();
            return false;
        }
    if (!q.exec(QStringLiteral("DELETE FROM search_queue"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

SearchPostings &Library::pendingPostings()
{
    if (!m_pendingPostings)
        m_pendingPostings = std::make_unique<SearchPostings>();
    return *m_pendingPostings;
}

} // namespace ReportLens
