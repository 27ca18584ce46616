#include "fetch/FeedHttpRequest.h"

namespace fetch {

QByteArray defaultUserAgent()
{
    return QByteArrayLiteral("DailyInsights/" DI_VERSION " (+feed reader)");
}

QByteArray feedAcceptHeader()
{
    return QByteArrayLiteral("application/rss+xml, application/atom+xml, application/feed+json, "
                             "application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
}

QNetworkRequest makeFeedRequest(const QUrl &url, const FetchRequest &request, const FetchOptions &options)
{
    QNetworkRequest req(url);
    req.setRawHeader("User-Agent", options.userAgent.isEmpty() ? defaultUserAgent() : options.userAgent);
    req.setRawHeader("Accept", feedAcceptHeader());
    if (!request.etag.isEmpty())
        req.setRawHeader("If-None-Match", request.etag.toLatin1());
    if (!request.lastModified.isEmpty())
        req.setRawHeader("If-Modified-Since", request.lastModified.toLatin1());
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A feed must be fresh: never answer from a cache the app might install.
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (options.transferTimeoutMs > 0)
        req.setTransferTimeout(options.transferTimeoutMs);
    return req;
}

} // namespace fetch
