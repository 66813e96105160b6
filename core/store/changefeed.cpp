#include "changefeed.h"

#include "library.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace ReportLens {

namespace {

// The channel the schema's triggers notify on (postgresqlschema.cpp).
const QString Channel = QStringLiteral("reportlens_changes");
// How often an SQLite library is asked for another program's commits, and a server whether it
// still answers (a lost connection gives no sign until the next statement).
constexpr int HeartbeatMs = 1500;
// Notifications arriving within this long are handed on together (an import commits many).
constexpr int BatchMs = 100;
// Beyond this many changes at once the observers reread everything instead.
constexpr int MaxListedChanges = 500;

} // namespace

ChangeFeed::ChangeFeed(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_heartbeat(new QTimer(this))
    , m_batch(new QTimer(this))
{
    m_heartbeat->setInterval(HeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &ChangeFeed::check);
    m_batch->setSingleShot(true);
    m_batch->setInterval(BatchMs);
    connect(m_batch, &QTimer::timeout, this, &ChangeFeed::flush);
    m_heartbeat->start();
    if (m_library.engine() == Engine::SQLite) {
        m_dataVersion = m_library.dataVersion();
        return;
    }
    m_lastSequence = m_library.dataVersion();
    connect(m_library.database().driver(), &QSqlDriver::notification, this, &ChangeFeed::received);
    if (!listen())
        setState(State::Reconnecting);
    else
        setState(m_library.isReadOnly() ? State::ReadOnly : State::Connected);
}

void ChangeFeed::acknowledge()
{
    if (m_library.engine() == Engine::SQLite)
        m_dataVersion = m_library.dataVersion();
}

bool ChangeFeed::listen()
{
    QSqlDriver *driver = m_library.database().driver();
    return driver->subscribedToNotifications().contains(Channel) || driver->subscribeToNotification(Channel);
}

void ChangeFeed::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ChangeFeed::check()
{
    if (m_library.engine() == Engine::SQLite) {
        const qint64 version = m_library.dataVersion();
        if (version != m_dataVersion) {
            m_dataVersion = version;
            Q_EMIT changed({});
        }
        return;
    }
    const bool wasLost = m_state == State::Reconnecting;
    // Asking is the heartbeat: a lost connection gives no sign until the next statement.
    bool reopened = false;
    if (!m_library.ensureConnected(&reopened) || !listen()) {
        if (!wasLost)
            qCWarning(lcCore) << m_library.displayName() << "stopped answering";
        setState(State::Reconnecting);
        return;
    }
    if (!wasLost && !reopened)
        return;
    qCInfo(lcCore) << m_library.displayName() << "reconnected";
    setState(m_library.isReadOnly() ? State::ReadOnly : State::Connected);
    catchUp();
}

void ChangeFeed::catchUp()
{
    // Rows older than the server keeps (an administrator pruned the log) cannot be listed: then
    // everything is read again.
    QSqlQuery oldest(m_library.database());
    if (!oldest.exec(QStringLiteral("SELECT min(seq) FROM reportlens_changes")) || !oldest.next()
        || (!oldest.value(0).isNull() && oldest.value(0).toLongLong() > m_lastSequence + 1))
        m_pendingUnknown = true;
    oldest.finish();
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("SELECT seq, table_name, row_id, op FROM reportlens_changes WHERE seq > ? ORDER BY seq"));
    q.addBindValue(m_lastSequence);
    if (!q.exec()) {
        qCWarning(lcCore) << "cannot read the change log:" << q.lastError().text();
        m_pendingUnknown = true;
    }
    while (q.next()) {
        m_lastSequence = std::max(m_lastSequence, q.value(0).toLongLong());
        m_pending.append(Change{q.value(1).toString(), q.value(3).toString(), q.value(2).toLongLong()});
    }
    flush();
}

void ChangeFeed::received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != Channel)
        return;
    const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    m_lastSequence = std::max(m_lastSequence, qint64(change.value(QLatin1String("seq")).toDouble()));
    // This connection's own writes: the document already knows.
    if (source == QSqlDriver::SelfSource)
        return;
    m_pending.append(Change{change.value(QLatin1String("table")).toString(),
                            change.value(QLatin1String("op")).toString(),
                            qint64(change.value(QLatin1String("id")).toDouble())});
    if (!m_batch->isActive())
        m_batch->start();
}

void ChangeFeed::flush()
{
    if (m_pending.isEmpty() && !m_pendingUnknown)
        return;
    const bool unknown = m_pendingUnknown || m_pending.size() > MaxListedChanges;
    const QList<Change> changes = unknown ? QList<Change>() : m_pending;
    m_pending.clear();
    m_pendingUnknown = false;
    Q_EMIT changed(changes);
}

} // namespace ReportLens
