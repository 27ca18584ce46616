#pragma once

#include <QString>
#include <QUrl>

namespace llm::errortext {

// Every message starts with the provider's name ("OpenAI: …") and never
// contains the key: URLs are shown without user info or query.
QString shownUrl(const QUrl &url);
QString keyRejected(const QString &provider, int httpStatus, bool hadKey);
QString modelNotFound(const QString &provider, const QString &model, const QUrl &url);
QString noServer(const QString &provider, const QUrl &url);
QString noAnswer(const QString &provider, int timeoutMs);
QString noConnection(const QString &provider, const QUrl &url, int timeoutMs);
QString rateLimited(const QString &provider, int attempts);
QString retryAfterTooLong(const QString &provider, qint64 retryAfterMs);
QString serverError(const QString &provider, int httpStatus, const QUrl &url, int attempts);
QString requestRefused(const QString &provider, int httpStatus, const QString &detail);
QString redirected(const QString &provider, const QUrl &from, const QUrl &to);
QString networkError(const QString &provider, const QUrl &url, const QString &what);
QString invalidJson(const QString &provider);
QString answerTooLarge(const QString &provider, qint64 maxBytes);
QString answerProblem(const QString &provider, const QString &problem);
QString cancelled(const QString &provider);
QString withProvider(const QString &provider, const QString &message);
// Removes every occurrence of `key` and bounds the length of text that
// came from a server.
QString sanitize(QString text, const QString &key, int maxLength = 300);
// "300 ms" → "0.3", "120000" → "120": the N of "no answer in N s".
QString seconds(qint64 ms);

} // namespace llm::errortext
