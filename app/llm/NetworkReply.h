#pragma once

#include "llm/LlmClient.h"
#include "llm/WireFormat.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace llm {

// The shared state a reply needs from its client.
struct ClientContext
{
    Config config;
    std::unique_ptr<WireFormat> format;
    QPointer<QNetworkAccessManager> network;
};

// One request through QNetworkAccessManager: attempts, timeouts, retries
// with backoff, streaming into the wire format's decoder, and the mapping of
// every failure to a readable error.
class NetworkReply : public Reply
{
    Q_OBJECT
public:
    NetworkReply(const ClientContext *context, Request request, QObject *parent);
    ~NetworkReply() override;

    void start();                          // first attempt
    void failLater(const QString &error);  // fail without a request, after the caller connected
    void abort() override;

private:
    enum class Timeout { None, Connect, Total };

    void startAttempt();
    void onReadyRead();
    void onHttpFinished();
    void onTimeout(Timeout kind);
    void handleHttpError(int status, const QByteArray &body, const QByteArray &retryAfter);
    void handleNetworkError(QNetworkReply::NetworkError error, const QString &what);
    void handleSuccess(QNetworkReply::NetworkError error);
    void retryOrFail(const QString &error, qint64 retryAfterMs = -1);
    void fail(const QString &error, int httpStatus = 0);
    void succeed(const QJsonObject &json);
    void dropHttp();
    QString name() const;
    QUrl requestUrl() const;

    const ClientContext *m_context;
    Request m_request;
    QPointer<QNetworkReply> m_http;
    std::unique_ptr<ResponseDecoder> m_decoder;
    QTimer m_connectTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    Timeout m_timeout = Timeout::None;
    QByteArray m_errorBody;
    QUrl m_url;
    int m_attempts = 0;
    int m_status = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_tokensIn = 0;
    qint64 m_tokensOut = 0;
    QString m_rawText;
};

} // namespace llm
