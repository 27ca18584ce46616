#include "llm/ErrorText.h"

#include <QCoreApplication>

namespace llm::errortext {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("LlmClient", text, disambiguation, n);
}
} // namespace

QString shownUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString withProvider(const QString &provider, const QString &message)
{
    return tr("%1: %2").arg(provider, message);
}

QString keyRejected(const QString &provider, int httpStatus, bool hadKey)
{
    if (!hadKey)
        return withProvider(provider, tr("the server requires an API key (HTTP %1)").arg(httpStatus));
    return withProvider(provider, tr("the API key was rejected (HTTP %1)").arg(httpStatus));
}

QString modelNotFound(const QString &provider, const QString &model, const QUrl &url)
{
    return withProvider(provider, tr("model %1 not found at %2").arg(model, shownUrl(url)));
}

QString noServer(const QString &provider, const QUrl &url)
{
    return withProvider(provider, tr("no server at %1").arg(shownUrl(url)));
}

QString noAnswer(const QString &provider, int timeoutMs)
{
    return withProvider(provider, tr("no answer in %1 s").arg(seconds(timeoutMs)));
}

QString noConnection(const QString &provider, const QUrl &url, int timeoutMs)
{
    return withProvider(provider, tr("no answer in %1 s (could not connect to %2)")
                                      .arg(seconds(timeoutMs), shownUrl(url)));
}

QString rateLimited(const QString &provider, int attempts)
{
    return withProvider(provider, tr("rate limited (HTTP 429), gave up after %n attempt(s)", nullptr, attempts));
}

QString retryAfterTooLong(const QString &provider, qint64 retryAfterMs)
{
    return withProvider(provider, tr("rate limited (HTTP 429); the server asks to wait %1 s")
                                      .arg(seconds(retryAfterMs)));
}

QString serverError(const QString &provider, int httpStatus, const QUrl &url, int attempts)
{
    return withProvider(provider, tr("server error (HTTP %1) at %2, gave up after %n attempt(s)", nullptr, attempts)
                                      .arg(httpStatus)
                                      .arg(shownUrl(url)));
}

QString requestRefused(const QString &provider, int httpStatus, const QString &detail)
{
    if (detail.isEmpty())
        return withProvider(provider, tr("the server refused the request (HTTP %1)").arg(httpStatus));
    return withProvider(provider, tr("the server refused the request (HTTP %1): %2").arg(httpStatus).arg(detail));
}

QString redirected(const QString &provider, const QUrl &from, const QUrl &to)
{
    return withProvider(provider, tr("%1 redirects to %2; set the base URL to the final address")
                                      .arg(shownUrl(from), shownUrl(to)));
}

QString networkError(const QString &provider, const QUrl &url, const QString &what)
{
    return withProvider(provider, tr("network error talking to %1: %2").arg(shownUrl(url), what));
}

QString invalidJson(const QString &provider)
{
    return withProvider(provider, tr("the model's answer was not valid JSON"));
}

QString answerTooLarge(const QString &provider, qint64 maxBytes)
{
    return withProvider(provider, tr("the answer is larger than %1 KiB; it was not read to the end")
                                      .arg((maxBytes + 1023) / 1024));
}

QString answerProblem(const QString &provider, const QString &problem)
{
    return withProvider(provider, problem);
}

QString cancelled(const QString &provider)
{
    return withProvider(provider, tr("the request was cancelled"));
}

QString sanitize(QString text, const QString &key, int maxLength)
{
    if (!key.isEmpty())
        text.replace(key, QStringLiteral("[key]"));
    text = text.simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength) + QChar(0x2026);
    return text;
}

QString seconds(qint64 ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

} // namespace llm::errortext
