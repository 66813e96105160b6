#pragma once

// Where a test's library lives, on either engine. Normally an SQLite file in the test's folder.
// When REPORTLENS_TEST_POSTGRESQL names the state file of scripts/pg-scratch.sh (the CTest
// entries *_postgresql), each library is a database of its own on that throwaway server: created
// on first use, given its schema by the owner role, and opened as the member alice (bob and carol,
// the administrator, are there for tests that need another person). The databases are dropped when
// the test program ends.

#include "store/library.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <unistd.h>

namespace ReportLens::TestSupport {

/// Each report's content hash by id: what names a report across two libraries.
inline QHash<qint64, QString> contentHashes(Library &library)
{
    QHash<qint64, QString> hashes;
    QSqlQuery q(library.database());
    q.exec(QStringLiteral("SELECT id, content_hash FROM reports"));
    while (q.next())
        hashes.insert(q.value(0).toLongLong(), q.value(1).toString());
    return hashes;
}

/// Who opens a library on PostgreSQL: alice and bob are members, carol an administrator (she may
/// delete reports and hide team annotations); the owner alone creates the schema.
enum class Member { Alice, Bob, Carol, Owner };

/// The state file of the throwaway server the tests run against, or nothing for SQLite.
inline QString postgresqlStateFile()
{
    return qEnvironmentVariable("REPORTLENS_TEST_POSTGRESQL");
}

inline bool onPostgreSQL()
{
    return !postgresqlStateFile().isEmpty();
}

inline Engine testEngine()
{
    return onPostgreSQL() ? Engine::PostgreSQL : Engine::SQLite;
}

namespace Detail {

// The keys of the state file (KEY=VALUE a line, split at the first '='), read once.
inline const QHash<QString, QString> &serverState()
{
    static const QHash<QString, QString> state = [] {
        QHash<QString, QString> keys;
        QFile file(postgresqlStateFile());
        if (!file.open(QIODevice::ReadOnly))
            return keys;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype at = line.indexOf('=');
            if (at > 0)
                keys.insert(QString::fromUtf8(line.left(at)), QString::fromUtf8(line.mid(at + 1)).trimmed());
        }
        return keys;
    }();
    return state;
}

inline QString memberKey(Member who)
{
    switch (who) {
    case Member::Alice: return QStringLiteral("REPORTLENS_PG_ALICE");
    case Member::Bob: return QStringLiteral("REPORTLENS_PG_BOB");
    case Member::Carol: return QStringLiteral("REPORTLENS_PG_CAROL");
    case Member::Owner: return QStringLiteral("REPORTLENS_PG_OWNER");
    }
    return {};
}

// The URL in the state file under @p key, naming @p database instead of the server's library.
inline QString urlFor(const QString &key, const QString &database)
{
    QUrl url(serverState().value(key), QUrl::StrictMode);
    if (!url.isValid())
        qFatal("%s has no usable %s", qPrintable(postgresqlStateFile()), qPrintable(key));
    url.setPath(u'/' + database);
    return url.toString();
}

// A QPSQL connection named @p connection as the superuser to @p database (the socket, port and
// password of the superuser's URL); open unless the server cannot be reached.
inline QSqlDatabase superuserConnection(const QString &connection, const QString &database)
{
    const QUrl url(serverState().value(QStringLiteral("REPORTLENS_PG_SUPERUSER")), QUrl::StrictMode);
    const QUrlQuery parameters(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(parameters.hasQueryItem(QStringLiteral("host"))
                       ? parameters.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                       : url.host());
    if (parameters.hasQueryItem(QStringLiteral("port")))
        db.setPort(parameters.queryItemValue(QStringLiteral("port")).toInt());
    else if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(database);
    db.setUserName(url.userName(QUrl::FullyDecoded));
    db.setPassword(url.password(QUrl::FullyDecoded));
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    db.open();
    return db;
}

// Runs @p statements as the superuser in @p database. A failure ends the test run, unless
// @p bestEffort (then what fails is left).
inline void runAsSuperuser(const QString &database, const QStringList &statements, bool bestEffort = false)
{
    const QString connection = QStringLiteral("testlibrary-superuser");
    {
        QSqlDatabase db = superuserConnection(connection, database);
        if (!db.isOpen() && !bestEffort)
            qFatal("cannot connect to the test server as its superuser (%s): %s", qPrintable(postgresqlStateFile()),
                   qPrintable(db.lastError().text()));
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            if (db.isOpen() && !q.exec(statement) && !bestEffort)
                qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

struct Databases
{
    QHash<QString, QString> byKey; ///< folder/name → database
    QStringList created;
};

inline Databases &databases()
{
    static Databases all;
    return all;
}

// Drops the databases this process made, as the application ends (best effort: the server goes
// with its folder anyway). FORCE ends what a test left connected.
inline void dropDatabases()
{
    QStringList drops;
    for (const QString &name : std::as_const(databases().created))
        drops.append(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    runAsSuperuser(QStringLiteral("reportlens"), drops, true);
}

// The database of the library @p name in @p dir, created (with its schema, made by the owner) the
// first time it is asked for; with @p withSchema false it is left empty for the first client to set
// up.
inline QString databaseFor(const QTemporaryDir &dir, const QString &name, bool withSchema = true)
{
    Databases &all = databases();
    const QString key = dir.path() + u'/' + name;
    if (const auto it = all.byKey.constFind(key); it != all.byKey.cend())
        return *it;
    const QString database = QStringLiteral("t_%1_%2").arg(::getpid()).arg(all.created.size() + 1);
    if (all.created.isEmpty())
        qAddPostRoutine(dropDatabases);
    // As scripts/pgsupport.sh makes a team library: UTF-8 in C.UTF-8, the owner's, open to members.
    runAsSuperuser(QStringLiteral("reportlens"),
                   {QStringLiteral("CREATE DATABASE %1 OWNER reportlens_owner TEMPLATE template0 ENCODING 'UTF8' "
                                   "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
                        .arg(database),
                    QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database),
                    QStringLiteral("GRANT CONNECT, CREATE, TEMPORARY ON DATABASE %1 TO reportlens_owner").arg(database),
                    QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO reportlens_member").arg(database)});
    all.created.append(database);
    runAsSuperuser(database,
                   {QStringLiteral("ALTER SCHEMA public OWNER TO reportlens_owner"),
                    QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
                    QStringLiteral("GRANT USAGE ON SCHEMA public TO reportlens_member")});
    if (withSchema) {
        Library owner;
        QString error;
        if (!owner.open(urlFor(memberKey(Member::Owner), database), &error))
            qFatal("the owner cannot set up the test library %s: %s", qPrintable(database), qPrintable(error));
    }
    all.byKey.insert(key, database);
    return database;
}

} // namespace Detail

/// Why the tests cannot run on the engine they were asked for: nothing on SQLite; on PostgreSQL
/// when the state file is missing (scripts/pg-scratch.sh found no PostgreSQL to start).
inline QString testServerMissing()
{
    if (!onPostgreSQL())
        return {};
    if (!QFile::exists(postgresqlStateFile()))
        return QStringLiteral("no PostgreSQL test server: %1 is missing (scripts/pg-scratch.sh did not start one; "
                              "is postgresql-15 installed?)")
            .arg(postgresqlStateFile());
    if (Detail::serverState().value(QStringLiteral("REPORTLENS_PG_SUPERUSER")).isEmpty())
        return QStringLiteral("%1 names no PostgreSQL test server").arg(postgresqlStateFile());
    return {};
}

/// The library @p name in @p dir, opened as @p who: on SQLite the file `dir/name.sqlite` (the same
/// whoever asks); on PostgreSQL that member's URL of the library's own database.
inline QString libraryLocation(const QTemporaryDir &dir, const QString &name, Member who = Member::Alice)
{
    if (!onPostgreSQL())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    return Detail::urlFor(Detail::memberKey(who), Detail::databaseFor(dir, name));
}

/// A library that nobody has opened yet, for tests of creating one: on SQLite a file that does not
/// exist; on PostgreSQL an empty database, as its owner (the one role that may create the schema).
inline QString newLibraryLocation(const QTemporaryDir &dir, const QString &name)
{
    if (!onPostgreSQL())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    return Detail::urlFor(Detail::memberKey(Member::Owner), Detail::databaseFor(dir, name, false));
}

} // namespace ReportLens::TestSupport

/// In initTestCase of a test that stores: skips the whole program when it is to run on PostgreSQL
/// and no test server was started (PostgreSQL is not installed), except where CI=true, where a
/// missing server fails the run.
#define REPORTLENS_REQUIRE_TEST_ENGINE()                                                                               \
    do {                                                                                                               \
        const QString reportlensMissing = ReportLens::TestSupport::testServerMissing();                                \
        if (!reportlensMissing.isEmpty()) {                                                                            \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
                QFAIL(qPrintable(reportlensMissing + QStringLiteral(" (CI=true: a missing server is a failure)")));    \
            QSKIP(qPrintable(reportlensMissing));                                                                      \
        }                                                                                                              \
    } while (false)

/// Skips a test that is about SQLite itself (its files, pragmas, locks) when the tests run on
/// PostgreSQL, saying why.
#define REPORTLENS_SQLITE_ONLY(why)                                                                                    \
    do {                                                                                                               \
        if (ReportLens::TestSupport::onPostgreSQL())                                                                   \
            QSKIP("SQLite only: " why);                                                                                \
    } while (false)
