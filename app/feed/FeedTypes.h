#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace feed {

// What the fetcher knows about where the bytes came from.
struct ParseContext
{
    QUrl documentUrl;            // the URL the document was fetched from
    QByteArray contentType;      // HTTP Content-Type header, with charset
    QByteArray contentLocation;  // HTTP Content-Location header (base URL)
    QDateTime now;               // "now" for clamping future dates; invalid = the current time
};

struct FeedInfo
{
    QString version; // feedparser codes: rss20, rss10, rss090, rss091u, rss091n, rss092..., atom10, atom03, json11
    QString title, link, description;
    QDateTime published, updated; // UTC
};

struct ParseResult
{
    enum class Status {
        Ok,        // parsed cleanly (bozo may still report an encoding problem)
        Partial,   // malformed, or over a limit (feed/FeedLimits.h): what came before is kept
        NotAFeed,  // well-formed or not, but no RSS/Atom/RDF/JSON Feed in it
        HtmlPage,  // an HTML page was served instead of a feed
        Empty      // no bytes (or only whitespace)
    };
    Status status = Status::Empty;
    FeedInfo feed;
    QList<FeedItem> items;
    bool bozo = false;   // not well-formed, or the parser had to recover
    QString error;       // readable reason when status != Ok or bozo
    int errorLine = 0, errorColumn = 0;
    QString encoding;    // the encoding the bytes were read in
    int itemsDropped = 0;    // items past limits::kItemsPerFeed, not read
    int fieldsTruncated = 0; // text fields cut (or links dropped) at their size limit

    bool ok() const { return status == Status::Ok || status == Status::Partial; }
};

} // namespace feed
