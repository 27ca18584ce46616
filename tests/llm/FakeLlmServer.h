#pragma once

#include "support/TestHttpServer.h"
#include "llm/LlmClient.h"

#include <QJsonObject>
#include <QList>

namespace llmtest {

// What the fake provider does with one request.
enum class Step {
    Answer,       // a normal answer (streamed for OpenAI/Anthropic)
    SplitAnswer,  // the same, in many small writes cut inside JSON tokens, UTF-8 and \r\n
    RateLimited,  // 429 (with Retry-After when retryAfter >= 0)
    ServerError,  // 500
    Hang,         // never answers
    InvalidJson,  // a well-formed response whose model text is not JSON
    CutOff,       // the stream (or body) stops midway and the connection drops
    Unauthorized, // the provider's "bad key" answer (echoes the key, as some do)
    NotFound,     // the provider's "no such model" answer
};

// An LLM server on 127.0.0.1 speaking one provider's wire format as its
// documentation describes it. Request i gets steps[i] (the last step repeats).
class FakeLlmServer
{
public:
    explicit FakeLlmServer(llm::Provider provider);

    void setSteps(const QList<Step> &steps) { m_steps = steps; }
    QUrl baseUrl() const;
    // A config for this server with short timeouts and tiny backoff.
    llm::Config config(const QString &apiKey) const;
    TestHttpServer &http() { return m_http; }
    int requestCount() const { return m_http.requestCount(); }

    QJsonObject answer;          // what the model "answers"
    QString model = QStringLiteral("test-model");
    int retryAfterSeconds = -1;  // for RateLimited
    qint64 promptTokens = 0;     // usage reported
    qint64 completionTokens = 0;
    int chunkIntervalMs = 3;     // between streamed writes

    QString answerText() const;  // the JSON text the model produces

private:
    void handle(const TestHttpRequest &request, TestHttpResponder &response);
    QByteArray expectedPath() const;
    QList<QByteArray> answerEvents(const QString &text, const QByteArray &lineEnd) const;
    QByteArray wholeBody(const QString &text) const;
    void sendError(TestHttpResponder &response, int status, const TestHttpRequest &request,
                   const TestHttpHeaders &extra = {}) const;
    void stream(TestHttpResponder &response, const QList<QByteArray> &chunks, bool cut) const;

    llm::Provider m_provider;
    TestHttpServer m_http;
    QList<Step> m_steps{Step::Answer};
    int m_handled = 0;
};

// Splits bytes into pieces that cut every event inside its JSON and
// between every \r and \n.
QList<QByteArray> hostileChunks(const QList<QByteArray> &events);

} // namespace llmtest
