#pragma once

#include "llm/LlmClient.h"

#include <QJsonDocument>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <functional>

// An llm::Client that answers from a script: each send() records the request
// and finishes its reply on the next event-loop turn (queued) with whatever
// the responder returns for it.
class FakeReply : public llm::Reply
{
public:
    using llm::Reply::Reply;
    void abort() override { aborted = true; }
    void complete(const llm::Result &result) { finish(result); }
    bool aborted = false;
};

class FakeLlmClient : public llm::Client
{
public:
    using Responder = std::function<llm::Result(const llm::Request &, int callIndex)>;

    explicit FakeLlmClient(Responder responder) : m_responder(std::move(responder)) {}

    llm::Provider provider() const override { return llm::Provider::OpenAI; }
    QString model() const override { return QStringLiteral("fake-model"); }
    llm::Reply *send(const llm::Request &request) override
    {
        auto *reply = new FakeReply(this);
        const int index = int(requests.size());
        requests.append(request);
        QPointer<FakeReply> guard(reply);
        QMetaObject::invokeMethod(
            this,
            [this, guard, request, index] {
                if (guard && !guard->aborted) {
                    if (!deltas.isEmpty())
                        Q_EMIT guard->textDelta(deltas);
                    guard->complete(m_responder(request, index));
                }
            },
            Qt::QueuedConnection);
        return reply;
    }
    void cancelAll() override {}

    QList<llm::Request> requests;
    QString deltas;

private:
    Responder m_responder;
};

inline llm::Result okResult(const QJsonObject &json)
{
    llm::Result r;
    r.ok = true;
    r.json = json;
    r.rawText = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    r.tokensIn = 100;
    r.tokensOut = 50;
    r.attempts = 1;
    return r;
}
