#pragma once

#include "feed/FeedTypes.h"

namespace feed {

// Reads JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1).
class JsonFeedReader
{
public:
    // Fills result; returns false when the bytes are not a JSON Feed.
    static bool read(const QByteArray &utf8, const QUrl &base, const QDateTime &nowUtc, ParseResult &result);
};

} // namespace feed
