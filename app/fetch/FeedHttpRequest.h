#pragma once

#include "fetch/FetchTypes.h"

#include <QNetworkRequest>

namespace fetch {

// "DailyInsights/<version> (+feed reader)"
QByteArray defaultUserAgent();

// The Accept header a feed reader sends: feed types first, anything last.
QByteArray feedAcceptHeader();

// The GET for one hop of a fetch: User-Agent, Accept, conditional headers,
// transfer timeout, manual redirects (we follow them ourselves). Never sets
// Accept-Encoding, so that Qt keeps decoding gzip/deflate/br transparently.
QNetworkRequest makeFeedRequest(const QUrl &url, const FetchRequest &request, const FetchOptions &options);

} // namespace fetch
