// Library on PostgreSQL: a team's shared library, opened from a postgresql:// URL.

#include "library.h"
#include "searchpostings.h"

#include "schema.h"
#include "util/logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

namespace ReportLens {

namespace {

// Every client that creates or upgrades the schema takes this transaction-scoped advisory lock
// first: two members opening a new library at once, one creates it and the other then finds it
// ready. The number is ours alone ("RLschema").
constexpr qint64 SchemaLockKey = 0x524c736368656d61;

// Seconds to wait for the server before saying it cannot be reached.
constexpr int ConnectTimeoutSeconds = 10;

} // namespace

bool Library::openServer(const QString &location, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString name = displayName();
    const QString database = url.path().mid(1);
    if (!url.isValid() || database.isEmpty() || database.contains(u'/')) {
        *error = QStringLiteral("%1: not a team library address (postgresql://user@host/database)").arg(name);
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("%1: this ReportLens cannot open team libraries: Qt's PostgreSQL driver is not "
                                "installed (Debian package libqt6sql6-psql)")
                     .arg(name);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    const QUrlQuery parameters(url);
    // libpq's own URL form puts a Unix socket's folder in ?host=…; other parameters (sslmode, …)
    // go to libpq as they are.
    db.setHostName(parameters.hasQueryItem(QStringLiteral("host"))
                       ? parameters.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                       : url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(database);
    db.setUserName(url.userName(QUrl::FullyDecoded));
    db.setPassword(url.password(QUrl::FullyDecoded));
    QStringList options{QStringLiteral("connect_timeout=%1").arg(ConnectTimeoutSeconds),
                        QStringLiteral("application_name=ReportLens")};
    for (const auto &[key, value] : parameters.queryItems(QUrl::FullyDecoded))
        if (key != QLatin1String("host"))
            options.append(key + u'=' + value);
    db.setConnectOptions(options.join(u';'));
    auto fail = [&](const QString &message) {
        *error = message;
        db = QSqlDatabase();
        close();
        return false;
    };
    if (!db.open())
        return fail(QStringLiteral("%1: cannot connect: %2").arg(name, db.lastError().text().trimmed()));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_user, pg_encoding_to_char(encoding), datctype, rolsuper OR rolbypassrls "
                               "FROM pg_database, pg_roles WHERE datname = current_database() "
                               "AND rolname = current_user"))
        || !q.next())
        return fail(QStringLiteral("%1: cannot read the server's settings: %2").arg(name, q.lastError().text()));
    m_userName = q.value(0).toString();
    // Chinese text in any other encoding would be refused or mangled on the first write.
    if (q.value(1).toString() != QLatin1String("UTF8"))
        return fail(QStringLiteral("%1: the database's encoding is %2; a team library needs UTF8 (docs/TEAM.md)")
                        .arg(name, q.value(1).toString()));
    if (q.value(2).toString() == QLatin1String("C") || q.value(2).toString() == QLatin1String("POSIX"))
        qCWarning(lcCore) << name << "has LC_CTYPE" << q.value(2).toString()
                          << "- case folding sees no letters beyond ASCII; C.UTF-8 is what docs/TEAM.md sets up";
    if (q.value(3).toBool())
        qCWarning(lcCore) << name << ": connected as" << m_userName
                          << "which bypasses row-level security: every member's private annotations are visible";
    q.finish();

    QString migrationError;
    if (!bringServerToCurrentFormat(&migrationError))
        return fail(migrationError);
    m_openFailure = OpenFailure::None;
    return true;
}

bool Library::ensureConnected(bool *reopened)
{
    if (reopened)
        *reopened = false;
    if (m_engine != Engine::PostgreSQL)
        return true;
    QSqlDatabase db = database();
    if (db.isOpen() && QSqlQuery(db).exec(QStringLiteral("SELECT 1")))
        return true;
    // Not under an open Transaction (a modal loop inside one runs the heartbeat too): the writer
    // finds its statements failing and ends it, and the next call reconnects.
    if (m_transactionDepth > 0)
        return false;
    m_prepared.clear(); // prepared on the lost connection
    db.close();
    if (!db.open())
        return false;
    if (reopened)
        *reopened = true;
    return true;
}

bool Library::bringServerToCurrentFormat(QString *error)
{
    const int current = currentSchemaVersion(Engine::PostgreSQL);
    int version = schemaVersion();
    m_isNew = false;
    // A newer ReportLens upgraded it: this one reads, and refuses every write (Transaction).
    const auto newer = [&] {
        m_readOnly = true;
        qCWarning(lcCore) << displayName() << "is at library format" << version << "- this version writes up to"
                          << current << "and opens it read-only";
        return true;
    };
    if (version > current)
        return newer();
    if (version == current)
        return true;
    Transaction transaction(*this);
    QString sqlError;
    if (!transaction.began(&sqlError)
        || !exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLockKey), &sqlError)) {
        *error = QStringLiteral("%1: cannot set up the library: %2").arg(displayName(), sqlError);
        return false;
    }
    version = schemaVersion(); // another client may have done it while this one waited
    if (version > current)
        return newer();
    if (version == current)
        return true;
    m_isNew = version == 0;
    const auto &migrations = Schema::migrations(Engine::PostgreSQL);
    for (int step = version; step < current; ++step) {
        for (const QString &statement : migrations[step])
            if (!exec(statement, &sqlError))
                break;
        if (sqlError.isEmpty()
            && !exec(QStringLiteral("UPDATE reportlens_schema SET version = %1").arg(step + 1), &sqlError))
            break;
        if (!sqlError.isEmpty())
            break;
    }
    // Formats 2 and 3 changed the search index (SearchPostings): the texts already there are
    // indexed now.
    if (sqlError.isEmpty() && version >= 1 && version < 3)
        SearchPostings::indexUnindexed(*this, &sqlError);
    if (sqlError.isEmpty())
        transaction.commit(&sqlError);
    if (!sqlError.isEmpty()) {
        *error = version == 0
            ? QStringLiteral("%1: cannot create the team library (its owner role must open it first; docs/TEAM.md): %2")
                  .arg(displayName(), sqlError)
            : QStringLiteral("%1: the library is at format %2 and this version needs %3; its owner role must open it "
                             "once to upgrade it: %4")
                  .arg(displayName())
                  .arg(version)
                  .arg(current)
                  .arg(sqlError);
        return false;
    }
    return true;
}

} // namespace ReportLens
