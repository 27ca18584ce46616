#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace llm {

enum class Provider { OpenAI, Anthropic, Gemini };

QString providerName(Provider provider);                       // "openai", ...
bool providerFromName(const QString &name, Provider *provider);
QUrl defaultBaseUrl(Provider provider);
QString defaultModel(Provider provider);

struct Config
{
    Provider provider = Provider::OpenAI;
    QUrl baseUrl;               // empty = provider default
    QString model;              // empty = provider default
    QString apiKey;             // never logged, never stored by this module
    double temperature = 0.2;
    int connectTimeoutMs = 15000;
    int totalTimeoutMs = 120000;
    int maxRetries = 3;         // on 429, 5xx and timeouts
    int maxParallel = 2;        // requests in flight at once
    int retryBaseDelayMs = 1000;// exponential backoff base (tests make it small)
    // A successful answer larger than this (bytes on the wire, SSE framing
    // included) fails with a clear error instead of growing without bound.
    qint64 maxAnswerBytes = 8 * 1024 * 1024;
};

// A request for a JSON object that matches `schema` (JSON Schema subset:
// object/array/string/integer/number/boolean, enum, required, items).
struct Request
{
    QString system;
    QString user;
    QJsonObject schema;
    QString schemaName;         // e.g. "section_summary"
    int maxOutputTokens = 4096;
};

struct Result
{
    bool ok = false;
    QJsonObject json;           // the structured answer when ok
    QString rawText;            // the text the model produced
    QString error;              // readable, names the provider, never the key
    int httpStatus = 0;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    qint64 elapsedMs = 0;
    int attempts = 0;
};

// One in-flight request. Emits textDelta while streaming and finished once.
class Reply : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void abort() = 0;
    bool isFinished() const { return m_finished; }
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void textDelta(const QString &text);
    // A new attempt starts (attempt >= 2): text shown so far is void.
    void retrying(int attempt);
    void finished(const llm::Result &result);

protected:
    void finish(Result result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_result = std::move(result);
        Q_EMIT finished(m_result);
    }

private:
    bool m_finished = false;
    Result m_result;
};

// One interface, several wire formats. Keys are sent only over https or to
// a loopback address; anything else fails with a clear error.
class Client : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual ~Client() = default;
    virtual Provider provider() const = 0;
    virtual QString model() const = 0;
    // The returned reply is owned by the client (deleted later after finished).
    virtual Reply *send(const Request &request) = 0;
    virtual void cancelAll() = 0;
};

// `network` may be null: the client then owns a QNetworkAccessManager.
std::unique_ptr<Client> createClient(const Config &config, QNetworkAccessManager *network);

} // namespace llm
