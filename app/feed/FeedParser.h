#pragma once

#include "feed/FeedTypes.h"

namespace feed {

// Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed 1.0/1.1
// from raw bytes. Pure and thread-safe: call it from any thread
// (e.g. QtConcurrent::run). Errors come back in the result, never thrown.
// The bytes are untrusted: they meet the budgets of feed/FeedLimits.h, and a
// feed over one comes back Partial with what fit and the reason.
class FeedParser
{
public:
    static ParseResult parse(const QByteArray &bytes, const ParseContext &ctx = {});

    // True when the start of the document is an HTML page.
    static bool looksLikeHtmlPage(const QByteArray &utf8Head);
};

} // namespace feed
