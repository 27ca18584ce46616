#pragma once

#include "feed/FeedTypes.h"
#include "feed/RawEntry.h"

#include <QDateTime>

namespace feed {

// Turns a RawEntry into the normalised FeedItem: plain-text fields, UTC
// dates (future ones clamped to now), canonical URL, stable id; and holds
// every item to the feed limits (feed/FeedLimits.h) and TextHygiene: no
// control characters, links http(s) or empty, text cut at its size limit,
// at most limits::kCategoriesPerItem distinct categories.
class EntryBuilder
{
public:
    // `truncatedFields` (if given) grows by the number of fields cut or
    // dropped for their size.
    static FeedItem build(const RawEntry &raw, const QDateTime &nowUtc, int *truncatedFields = nullptr);
    // Builds and appends the item, or only counts it in result.itemsDropped
    // when the feed already holds limits::kItemsPerFeed items.
    static void append(const RawEntry &raw, const QDateTime &nowUtc, ParseResult &result);
    // True when the feed holds limits::kItemsPerFeed items: readers skip
    // (and count) the rest without building them.
    static bool full(const ParseResult &result);
    // Cleans and caps the feed-level fields (title, description, link).
    static void finishFeedInfo(ParseResult &result);
    // Plain text of a value according to its kind.
    static QString plain(const RawText &text);
    // A date string as UTC, clamped when more than a day in the future.
    static QDateTime date(const QString &text, const QDateTime &nowUtc);
    // "jane@example.com (Jane Doe)" -> "Jane Doe"; whitespace collapsed.
    static QString authorName(const QString &author);
};

} // namespace feed
