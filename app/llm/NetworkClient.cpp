#include "llm/NetworkClient.h"

#include "llm/ErrorText.h"
#include "llm/KeyTransport.h"

#include <QNetworkAccessManager>

#include <algorithm>

namespace llm {

NetworkClient::NetworkClient(const Config &config, std::unique_ptr<WireFormat> format,
                             QNetworkAccessManager *network, QObject *parent)
    : Client(parent)
{
    m_context.config = config;
    m_context.format = std::move(format);
    m_context.network = network ? network : new QNetworkAccessManager(this);
}

NetworkClient::~NetworkClient()
{
    // Replies are children: they go with us, dropping their HTTP requests.
    m_queue.clear();
    m_active.clear();
}

Provider NetworkClient::provider() const
{
    return m_context.format->provider();
}

QString NetworkClient::model() const
{
    return wire::effectiveModel(m_context.config);
}

Reply *NetworkClient::send(const Request &request)
{
    auto *reply = new NetworkReply(&m_context, request, this);
    connect(reply, &Reply::finished, this, [this, reply] { onFinished(reply); });
    const QUrl base = wire::effectiveBaseUrl(m_context.config);
    const QString refused = keyTransportError(base, !m_context.config.apiKey.isEmpty());
    if (!refused.isEmpty()) {
        // No request is made; the caller hears about it after connecting.
        reply->failLater(errortext::withProvider(m_context.format->displayName(), refused));
        return reply;
    }
    m_queue.append(reply);
    pump();
    return reply;
}

void NetworkClient::cancelAll()
{
    const QList<QPointer<NetworkReply>> queued = std::exchange(m_queue, {});
    for (const QPointer<NetworkReply> &reply : queued) {
        if (reply)
            reply->abort();
    }
    const QList<NetworkReply *> active = m_active;
    for (NetworkReply *reply : active)
        reply->abort();
}

void NetworkClient::pump()
{
    const int limit = std::max(1, m_context.config.maxParallel);
    while (!m_queue.isEmpty() && m_active.size() < limit) {
        QPointer<NetworkReply> next = m_queue.takeFirst();
        if (!next || next->isFinished())
            continue;
        m_active.append(next);
        next->start();
    }
}

void NetworkClient::onFinished(NetworkReply *reply)
{
    m_active.removeAll(reply);
    m_queue.removeIf([reply](const QPointer<NetworkReply> &p) { return p == reply; });
    reply->deleteLater();
    pump();
}

} // namespace llm
