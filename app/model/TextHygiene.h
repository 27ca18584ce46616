#pragma once

#include "model/Article.h"

#include <QString>

// The rules every path that stores feed text applies (the feed parser, and
// storage again before it writes, so that no ingest path is missed):
// - no control characters: C0 (U+0000..U+001F) other than tab, LF and CR,
//   DEL (U+007F) and C1 (U+0080..U+009F, among them the 8-bit CSI that
//   drives terminals) are removed; single-line fields (title, author, guid,
//   tags, enclosure type) turn tab, LF, CR, U+2028 and U+2029 into spaces;
// - an article's `url` and `link` (and the enclosure URL) are http(s) or
//   empty: javascript:, data:, file: and every other scheme are dropped.
class TextHygiene
{
public:
    enum class Lines { Single, Multi };

    // True when `text` holds a character `clean` would change.
    static bool needsCleaning(QStringView text, Lines lines);
    // Removes control characters; with Lines::Single also turns line
    // breaks and tabs into spaces. Returns true when the text changed.
    static bool clean(QString &text, Lines lines);
    // "http://" or "https://" (any case) followed by something.
    static bool isWebUrl(QStringView url);
    // Applies every rule above to every text field of an item. Returns
    // true when anything changed.
    static bool cleanItem(FeedItem &item);
};
