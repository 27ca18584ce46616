#include "llm/NetworkReply.h"

#include "llm/ErrorText.h"
#include "llm/RetryPolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace llm {

namespace {
constexpr qsizetype kMaxErrorBody = 64 * 1024;
}

NetworkReply::NetworkReply(const ClientContext *context, Request request, QObject *parent)
    : Reply(parent), m_context(context), m_request(std::move(request))
{
    for (QTimer *timer : {&m_connectTimer, &m_totalTimer, &m_retryTimer})
        timer->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { onTimeout(Timeout::Connect); });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] { onTimeout(Timeout::Total); });
    connect(&m_retryTimer, &QTimer::timeout, this, &NetworkReply::startAttempt);
}

NetworkReply::~NetworkReply()
{
    dropHttp();
}

QString NetworkReply::name() const
{
    return m_context->format->displayName();
}

QUrl NetworkReply::requestUrl() const
{
    return m_url;
}

void NetworkReply::start()
{
    m_clock.start();
    startAttempt();
}

void NetworkReply::failLater(const QString &error)
{
    QTimer::singleShot(0, this, [this, error] { fail(error); });
}

void NetworkReply::abort()
{
    if (isFinished())
        return;
    m_retryTimer.stop();
    fail(errortext::cancelled(name()));
}

void NetworkReply::startAttempt()
{
    if (isFinished())
        return;
    if (!m_context->network) {
        fail(errortext::networkError(name(), m_url, QStringLiteral("no network access manager")));
        return;
    }
    ++m_attempts;
    if (m_attempts > 1)
        Q_EMIT retrying(m_attempts);
    m_status = 0;
    m_timeout = Timeout::None;
    m_errorBody.clear();
    m_rawText.clear();
    m_bodyBytes = 0;

    QByteArray body;
    QNetworkRequest request = m_context->format->buildRequest(m_context->config, m_request, &body);
    // Never follow a redirect with the key in the headers.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_url = request.url();
    m_decoder = m_context->format->createDecoder([this](const QString &text) {
        if (!isFinished()) // e.g. aborted from a textDelta slot
            Q_EMIT textDelta(text);
    });

    m_http = m_context->network->post(request, body);
    connect(m_http, &QNetworkReply::readyRead, this, &NetworkReply::onReadyRead);
    connect(m_http, &QNetworkReply::finished, this, &NetworkReply::onHttpFinished);
    connect(m_http, &QNetworkReply::requestSent, &m_connectTimer, &QTimer::stop);
    connect(m_http, &QNetworkReply::metaDataChanged, &m_connectTimer, &QTimer::stop);
    if (m_context->config.connectTimeoutMs > 0)
        m_connectTimer.start(m_context->config.connectTimeoutMs);
    if (m_context->config.totalTimeoutMs > 0)
        m_totalTimer.start(m_context->config.totalTimeoutMs);
}

void NetworkReply::onReadyRead()
{
    if (!m_http)
        return;
    m_connectTimer.stop();
    if (m_status == 0)
        m_status = m_http->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_http->readAll();
    m_bodyBytes += bytes.size();
    if (m_status >= 200 && m_status < 300) {
        const qint64 cap = m_context->config.maxAnswerBytes;
        if (cap > 0 && m_bodyBytes > cap) {
            fail(errortext::answerTooLarge(name(), cap), m_status);
            return;
        }
        m_decoder->feed(bytes);
    } else if (m_errorBody.size() < kMaxErrorBody) {
        m_errorBody += bytes.left(kMaxErrorBody - m_errorBody.size());
    }
}

void NetworkReply::onTimeout(Timeout kind)
{
    if (!m_http || isFinished())
        return;
    m_timeout = kind;
    m_http->abort(); // emits finished → onHttpFinished
}

void NetworkReply::onHttpFinished()
{
    if (!m_http || isFinished())
        return;
    m_connectTimer.stop();
    m_totalTimer.stop();
    if (m_http->isOpen() && m_http->bytesAvailable() > 0) {
        onReadyRead();
        if (isFinished()) // the answer went over its cap
            return;
    }
    const QNetworkReply::NetworkError error = m_http->error();
    const int status = m_http->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray retryAfter = m_http->rawHeader("Retry-After");
    const QUrl location = m_http->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    const QString errorString = m_http->errorString();
    const QVariant length = m_http->header(QNetworkRequest::ContentLengthHeader);
    // A body shorter than its Content-Length: the connection dropped midway.
    const bool truncated = length.isValid() && m_bodyBytes < length.toLongLong();
    if (m_status == 0)
        m_status = status;
    dropHttp();

    if (m_timeout == Timeout::Connect) {
        retryOrFail(errortext::noConnection(name(), m_url, m_context->config.connectTimeoutMs));
    } else if (m_timeout == Timeout::Total) {
        retryOrFail(errortext::noAnswer(name(), m_context->config.totalTimeoutMs));
    } else if (m_status >= 200 && m_status < 300) {
        handleSuccess(truncated ? QNetworkReply::RemoteHostClosedError : error);
    } else if (m_status >= 300 && m_status < 400) {
        fail(errortext::redirected(name(), m_url, m_url.resolved(location)), m_status);
    } else if (m_status >= 400) {
        handleHttpError(m_status, m_errorBody, retryAfter);
    } else {
        handleNetworkError(error, errorString);
    }
}

void NetworkReply::handleSuccess(QNetworkReply::NetworkError error)
{
    const DecodedAnswer answer = m_decoder->finish();
    m_tokensIn = answer.tokensIn;
    m_tokensOut = answer.tokensOut;
    m_rawText = answer.text;
    if (error != QNetworkReply::NoError && !answer.complete) {
        fail(errortext::answerProblem(name(), QCoreApplication::translate(
                                                  "LlmClient", "the answer was cut off (the connection closed early)")),
             m_status);
        return;
    }
    if (!answer.error.isEmpty()) {
        fail(errortext::answerProblem(name(), errortext::sanitize(answer.error, m_context->config.apiKey)),
             m_status);
        return;
    }
    if (!answer.complete) {
        fail(errortext::answerProblem(name(), QCoreApplication::translate("LlmClient", "the answer was cut off")),
             m_status);
        return;
    }
    QJsonObject json;
    if (!wire::parseAnswerObject(answer.text, &json)) {
        fail(errortext::invalidJson(name()), m_status);
        return;
    }
    succeed(json);
}

void NetworkReply::handleHttpError(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    const WireFormat &format = *m_context->format;
    if (format.isKeyRejected(status, body)) {
        fail(errortext::keyRejected(name(), status, !m_context->config.apiKey.isEmpty()), status);
        return;
    }
    if (status == 404) {
        fail(errortext::modelNotFound(name(), wire::effectiveModel(m_context->config), m_url), status);
        return;
    }
    if (retry::isRetryableStatus(status)) {
        qint64 waitMs = retry::retryAfterMs(retryAfter, QDateTime::currentDateTimeUtc());
        if (waitMs > retry::kMaxRetryAfterMs) {
            if (status == 429) {
                fail(errortext::retryAfterTooLong(name(), waitMs), status);
                return;
            }
            waitMs = -1; // an overloaded server asking for too long: our own backoff
        }
        const QString error = status == 429 ? errortext::rateLimited(name(), m_attempts)
                                            : errortext::serverError(name(), status, m_url, m_attempts);
        retryOrFail(error, waitMs);
        return;
    }
    const QString detail = errortext::sanitize(format.errorDetail(body), m_context->config.apiKey);
    fail(errortext::requestRefused(name(), status, detail), status);
}

void NetworkReply::handleNetworkError(QNetworkReply::NetworkError error, const QString &what)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        fail(errortext::noServer(name(), m_url));
        return;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        retryOrFail(errortext::networkError(
            name(), m_url, QCoreApplication::translate("LlmClient", "the connection was closed before an answer")));
        return;
    default:
        fail(errortext::networkError(name(), m_url, errortext::sanitize(what, m_context->config.apiKey)));
        return;
    }
}

void NetworkReply::retryOrFail(const QString &error, qint64 retryAfterMs)
{
    const int retriesDone = m_attempts - 1;
    if (retriesDone >= m_context->config.maxRetries) {
        fail(error, m_status);
        return;
    }
    const qint64 delay = retryAfterMs >= 0
        ? retryAfterMs
        : retry::backoffDelayMs(m_context->config.retryBaseDelayMs, retriesDone);
    m_retryTimer.start(int(delay));
}

void NetworkReply::fail(const QString &error, int httpStatus)
{
    dropHttp();
    m_connectTimer.stop();
    m_totalTimer.stop();
    m_retryTimer.stop();
    Result result;
    result.ok = false;
    result.error = errortext::sanitize(error, m_context->config.apiKey, 2000);
    result.httpStatus = httpStatus;
    result.rawText = m_rawText;
    result.tokensIn = m_tokensIn;
    result.tokensOut = m_tokensOut;
    result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    result.attempts = m_attempts;
    finish(std::move(result));
}

void NetworkReply::succeed(const QJsonObject &json)
{
    Result result;
    result.ok = true;
    result.json = json;
    result.rawText = m_rawText;
    result.httpStatus = m_status;
    result.tokensIn = m_tokensIn;
    result.tokensOut = m_tokensOut;
    result.elapsedMs = m_clock.elapsed();
    result.attempts = m_attempts;
    finish(std::move(result));
}

void NetworkReply::dropHttp()
{
    if (!m_http)
        return;
    QNetworkReply *http = m_http;
    m_http = nullptr;
    disconnect(http, nullptr, this, nullptr);
    disconnect(http, nullptr, &m_connectTimer, nullptr);
    if (http->isRunning())
        http->abort();
    http->deleteLater();
}

} // namespace llm
