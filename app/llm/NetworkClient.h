#pragma once

#include "llm/LlmClient.h"
#include "llm/NetworkReply.h"

#include <QList>
#include <QPointer>

namespace llm {

// The one Client implementation: a wire format (OpenAI, Anthropic, Gemini)
// driven over QNetworkAccessManager, at most Config::maxParallel requests in
// flight, the rest queued in order.
class NetworkClient : public Client
{
    Q_OBJECT
public:
    NetworkClient(const Config &config, std::unique_ptr<WireFormat> format, QNetworkAccessManager *network,
                  QObject *parent = nullptr);
    ~NetworkClient() override;

    Provider provider() const override;
    QString model() const override;
    Reply *send(const Request &request) override;
    void cancelAll() override;

    int inFlight() const { return int(m_active.size()); }
    int queued() const { return int(m_queue.size()); }

private:
    void pump();
    void onFinished(NetworkReply *reply);

    ClientContext m_context;
    QList<QPointer<NetworkReply>> m_queue;
    QList<NetworkReply *> m_active;
};

} // namespace llm
