#include "fetch/HostScheduler.h"

namespace fetch {

HostScheduler::HostScheduler(int maxConcurrent, int maxPerHost)
    : m_maxConcurrent(std::max(1, maxConcurrent)), m_maxPerHost(std::max(1, maxPerHost))
{
}

QString HostScheduler::hostKey(const QUrl &url)
{
    if (url.isLocalFile() || url.host().isEmpty())
        return url.scheme().toLower() + QLatin1Char(':');
    return url.host().toLower();
}

void HostScheduler::enqueue(const FetchRequest &request)
{
    const QString key = hostKey(request.url);
    if (!m_hosts.contains(key))
        m_order.append(key);
    m_hosts[key].queue.append(request);
}

void HostScheduler::requeueFront(const FetchRequest &request)
{
    const QString key = hostKey(request.url);
    if (!m_hosts.contains(key))
        m_order.append(key);
    m_hosts[key].queue.prepend(request);
}

std::optional<FetchRequest> HostScheduler::startNext()
{
    if (m_running >= m_maxConcurrent || m_order.isEmpty())
        return std::nullopt;
    const int n = int(m_order.size());
    for (int i = 0; i < n; ++i) {
        const int index = (m_next + i) % n;
        Host &host = m_hosts[m_order[index]];
        if (host.queue.isEmpty() || host.running >= m_maxPerHost || !host.resumeAt.hasExpired())
            continue;
        host.running++;
        m_running++;
        m_next = (index + 1) % n;
        return host.queue.takeFirst();
    }
    return std::nullopt;
}

void HostScheduler::finished(const QString &hostKey)
{
    auto it = m_hosts.find(hostKey);
    if (it == m_hosts.end() || it->running == 0)
        return;
    it->running--;
    m_running--;
}

void HostScheduler::pauseHost(const QString &hostKey, qint64 ms)
{
    Host &host = m_hosts[hostKey];
    if (!m_order.contains(hostKey))
        m_order.append(hostKey);
    const QDeadlineTimer until(std::max<qint64>(0, ms));
    if (host.resumeAt.hasExpired() || host.resumeAt.deadline() < until.deadline())
        host.resumeAt = until;
}

qint64 HostScheduler::msUntilNextResume() const
{
    qint64 best = -1;
    for (const Host &host : m_hosts) {
        if (host.queue.isEmpty() || host.resumeAt.hasExpired())
            continue;
        const qint64 left = host.resumeAt.remainingTime();
        if (best < 0 || left < best)
            best = left;
    }
    return best;
}

QList<FetchRequest> HostScheduler::takeQueued(const QString &hostKey)
{
    auto it = m_hosts.find(hostKey);
    if (it == m_hosts.end())
        return {};
    return std::exchange(it->queue, {});
}

QList<FetchRequest> HostScheduler::takeAllQueued()
{
    QList<FetchRequest> all;
    for (const QString &key : std::as_const(m_order))
        all += std::exchange(m_hosts[key].queue, {});
    return all;
}

int HostScheduler::queuedCount() const
{
    int n = 0;
    for (const Host &host : m_hosts)
        n += int(host.queue.size());
    return n;
}

} // namespace fetch
