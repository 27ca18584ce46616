#pragma once

#include "fetch/FetchTypes.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace fetch {

// Decides which queued request starts next: at most maxConcurrent running,
// at most maxPerHost per host, hosts taken in turn (round-robin) so that one
// host's long batch never starves the others, and a host that asked us to
// wait (Retry-After) is skipped until its deadline. Pure bookkeeping, no I/O.
class HostScheduler
{
public:
    HostScheduler(int maxConcurrent, int maxPerHost);

    static QString hostKey(const QUrl &url);

    void enqueue(const FetchRequest &request);
    // Put a request back at the head of its host's queue (a retry).
    void requeueFront(const FetchRequest &request);
    // The next request allowed to start now (counted as running), if any.
    std::optional<FetchRequest> startNext();
    // A request of this host stopped running.
    void finished(const QString &hostKey);

    // Hold back this host's queued requests for `ms` milliseconds.
    void pauseHost(const QString &hostKey, qint64 ms);
    // Milliseconds until the earliest paused host with queued work may go
    // again; -1 when no such host.
    qint64 msUntilNextResume() const;

    QList<FetchRequest> takeQueued(const QString &hostKey);
    QList<FetchRequest> takeAllQueued();

    int runningCount() const { return m_running; }
    int queuedCount() const;
    bool isIdle() const { return m_running == 0 && queuedCount() == 0; }

private:
    struct Host
    {
        QList<FetchRequest> queue;
        int running = 0;
        QDeadlineTimer resumeAt; // expired (default) = not paused
    };

    int m_maxConcurrent;
    int m_maxPerHost;
    int m_running = 0;
    QHash<QString, Host> m_hosts;
    QStringList m_order; // hosts in first-seen order, for round-robin
    int m_next = 0;      // index in m_order to try first
};

} // namespace fetch
