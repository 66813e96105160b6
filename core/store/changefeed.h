#pragma once

#include <QList>
#include <QObject>
#include <QSqlDriver>
#include <QString>

class QTimer;

namespace ReportLens {

class Library;

/// Tells the window what other programs changed in its library, and whether it still reaches it.
///
/// A team library on PostgreSQL: the schema's triggers NOTIFY on commit with the table, the
/// operation, the row id and its number in the change log (never text); the feed LISTENs on the
/// library's connection, so changes arrive without polling. A heartbeat notices a lost server;
/// the feed then reconnects, and on reconnecting reads the change log from the last number it
/// saw, so nothing committed meanwhile is missed. An SQLite library has no notifications: the
/// feed asks PRAGMA data_version, which reads no pages, and reports "something changed".
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Local, ///< An SQLite file on this computer
        Connected, ///< A team library, listening for changes
        Reconnecting, ///< The server is not answering; trying again
        ReadOnly, ///< A team library a newer ReportLens upgraded: read, never written
    };
    Q_ENUM(State)

    /// A row another program changed: table ("reports", "annotations"), operation ("insert",
    /// "update", "delete") and id.
    struct Change
    {
        QString table;
        QString operation;
        qint64 id = 0;
    };

    explicit ChangeFeed(Library &library, QObject *parent = nullptr);
    State state() const { return m_state; }
    /// The changes made so far are known to the window (it made them on another connection of its
    /// own: an import's worker): they are not reported again.
    void acknowledge();
    /// The last change-log number this feed has seen (PostgreSQL; 0 on SQLite).
    qint64 lastSequence() const { return m_lastSequence; }

Q_SIGNALS:
    /// Other programs committed @p changes (those arriving together come in one call). Empty when
    /// what changed is not known (SQLite, or too many changes to list): reread everything.
    void changed(const QList<ReportLens::ChangeFeed::Change> &changes);
    void stateChanged(ReportLens::ChangeFeed::State state);

private:
    void check();
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void flush();
    bool listen();
    void catchUp();
    void setState(State state);

    Library &m_library;
    QTimer *m_heartbeat;
    QTimer *m_batch;
    State m_state = State::Local;
    qint64 m_lastSequence = 0;
    qint64 m_dataVersion = -1;
    QList<Change> m_pending;
    bool m_pendingUnknown = false;
};

} // namespace ReportLens
