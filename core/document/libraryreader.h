#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace ReportLens {

class Library;

/// Reads the library off the GUI thread, in the manner of DB Browser for SQLite's RowLoader: a
/// worker thread with a connection of its own (an SQLite connection belongs to the thread that
/// opened it), a cancel token for each read — a newer read of the same reader cancels the older,
/// whose result is then dropped — and the result delivered on the thread that asked, over a queued
/// connection. One reader per pane: its reads are in order, and only the latest one counts.
class LibraryReader : public QObject
{
    Q_OBJECT
public:
    /// Whether the read has been cancelled (a newer one asked, or the reader is going away): a
    /// long read checks it between steps and stops early.
    using Cancelled = std::function<bool()>;

    explicit LibraryReader(Library &library, QObject *parent = nullptr);
    ~LibraryReader() override;

    /// Runs @p work on the worker with its connection to the library and, unless cancelled
    /// meanwhile, calls @p deliver with the result on this object's thread.
    template<typename Result>
    void read(std::function<Result(Library &, const Cancelled &)> work, std::function<void(Result)> deliver)
    {
        const quint64 generation = ++*m_generation;
        auto current = m_generation;
        Cancelled cancelled = [current, generation] { return current->load() != generation; };
        post([work = std::move(work), deliver = std::move(deliver), cancelled, this](Library &library) {
            if (cancelled())
                return;
            auto result = std::make_shared<Result>(work(library, cancelled));
            if (cancelled())
                return;
            deliverLater([deliver, result, cancelled] {
                if (!cancelled()) // asked again while the result was on its way
                    deliver(std::move(*result));
            });
        });
    }

    /// Drops the pending read's result (it stops at its next check).
    void cancel() { m_delivered = ++*m_generation; }
    /// True while the latest read has not been delivered.
    bool isReading() const { return m_delivered != m_generation->load(); }

Q_SIGNALS:
    /// The latest read was delivered.
    void delivered();

private:
    /// Runs @p task on the worker (or, for a library in memory that a worker cannot open again,
    /// here on the next turn of the event loop).
    void post(std::function<void(Library &)> task);
    void deliverLater(std::function<void()> delivery);

    class Worker;
    Library &m_library;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_delivered = 0;
};

} // namespace ReportLens
