#pragma once

#include <QNetworkReply>
#include <QString>

namespace fetch {

// A short readable reason for a transport failure ("connection refused",
// "host not found: example.org", "file not found: /x/feed.xml", ...).
QString describeNetworkError(QNetworkReply::NetworkError error, const QString &qtMessage, const QUrl &url);

// "HTTP 404", "HTTP 503 (service unavailable)".
QString describeHttpStatus(int status);

} // namespace fetch
