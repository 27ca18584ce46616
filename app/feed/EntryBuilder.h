#pragma once

#include "feed/RawEntry.h"

#include <QDateTime>

namespace feed {

// Turns a RawEntry into the normalised FeedItem: plain-text fields, UTC
// dates (future ones clamped to now), canonical URL, stable id.
class EntryBuilder
{
public:
    static FeedItem build(const RawEntry &raw, const QDateTime &nowUtc);
    // Plain text of a value according to its kind.
    static QString plain(const RawText &text);
    // A date string as UTC, clamped when more than a day in the future.
    static QDateTime date(const QString &text, const QDateTime &nowUtc);
    // "jane@example.com (Jane Doe)" -> "Jane Doe"; whitespace collapsed.
    static QString authorName(const QString &author);
};

} // namespace feed
