#include "fetch/FetchErrors.h"

#include <QCoreApplication>
#include <QUrl>

namespace fetch {

QString describeNetworkError(QNetworkReply::NetworkError error, const QString &qtMessage, const QUrl &url)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("FeedFetcher", "connection refused by %1").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("FeedFetcher", "the server closed the connection early");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("FeedFetcher", "host not found: %1").arg(url.host());
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("FeedFetcher", "the connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("FeedFetcher", "secure connection failed: %1").arg(qtMessage);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QCoreApplication::translate("FeedFetcher", "the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate("FeedFetcher", "proxy error: %1").arg(qtMessage);
    case QNetworkReply::ContentNotFoundError:
        if (url.isLocalFile())
            return QCoreApplication::translate("FeedFetcher", "file not found: %1").arg(url.toLocalFile());
        break;
    case QNetworkReply::ContentAccessDenied:
        if (url.isLocalFile())
            return QCoreApplication::translate("FeedFetcher", "cannot read file: %1").arg(url.toLocalFile());
        break;
    case QNetworkReply::ProtocolUnknownError:
        return QCoreApplication::translate("FeedFetcher", "unsupported address scheme: %1").arg(url.scheme());
    default:
        break;
    }
    return qtMessage.isEmpty() ? QCoreApplication::translate("FeedFetcher", "network error %1").arg(int(error)) : qtMessage;
}

QString describeHttpStatus(int status)
{
    switch (status) {
    case 401: return QCoreApplication::translate("FeedFetcher", "HTTP 401 (login required)");
    case 403: return QCoreApplication::translate("FeedFetcher", "HTTP 403 (forbidden)");
    case 404: return QCoreApplication::translate("FeedFetcher", "HTTP 404");
    case 410: return QCoreApplication::translate("FeedFetcher", "HTTP 410 (the feed is gone)");
    case 429: return QCoreApplication::translate("FeedFetcher", "HTTP 429 (too many requests)");
    case 503: return QCoreApplication::translate("FeedFetcher", "HTTP 503 (service unavailable)");
    default: return QCoreApplication::translate("FeedFetcher", "HTTP %1").arg(status);
    }
}

} // namespace fetch
