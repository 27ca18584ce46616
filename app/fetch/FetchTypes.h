#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace fetch {

// The most bytes one feed may have, over HTTP or from a file; lists of
// feeds (OPML) are held to the same cap.
inline constexpr qint64 kMaxFeedBytes = 10 * 1024 * 1024;

// Limits for one refresh. Defaults follow the product spec.
struct FetchOptions
{
    int maxConcurrent = 6;             // requests in flight at once
    int maxPerHost = 2;                // of which to one host
    int transferTimeoutMs = 30000;     // no byte for this long = timed out
    int totalTimeoutMs = 120000;       // whole fetch incl. redirects (slow drip); 0 = none
    qint64 maxBytes = kMaxFeedBytes;  // body cap, enforced while downloading
    int maxRedirects = 5;
    QByteArray userAgent;              // empty = defaultUserAgent()
    int maxRetryAfterWaitSecs = 60;    // a host that asks to wait longer fails its queue
};

// One feed to fetch, with the validators from the last successful fetch.
struct FetchRequest
{
    qint64 sourceId = 0;
    QUrl url;
    QString etag;         // sent as If-None-Match
    QString lastModified; // sent as If-Modified-Since
    qint64 tag = 0;       // the caller's own id (an article for a page), carried to the result
};

struct FetchResult
{
    enum class Outcome { Ok, NotModified, Failed, Cancelled };

    Outcome outcome = Outcome::Failed;
    qint64 sourceId = 0;
    qint64 tag = 0; // as requested
    QUrl url;      // as requested
    QUrl finalUrl; // after redirects
    int httpStatus = 0; // 0 for file: URLs and network errors
    QByteArray body;    // decoded (gzip undone); empty unless Ok
    QByteArray contentType;
    QByteArray contentLocation;
    QString etag;         // from the response, else the one sent
    QString lastModified; // from the response, else the one sent
    QString error;        // readable reason when Failed, e.g. "HTTP 404"
    QDateTime retryAfter; // UTC, when the server sent 429/503 + Retry-After
    qint64 elapsedMs = 0;
};

} // namespace fetch

Q_DECLARE_METATYPE(fetch::FetchResult)
