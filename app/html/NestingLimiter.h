#pragma once

#include <QByteArray>

namespace html {

// A pre-pass over raw HTML (UTF-8) that removes start tags nested deeper
// than `maxDepth` (and their end tags), keeping all text. It counts only
// elements whose end tag the parser cannot imply (div, span, table, b...),
// so ordinary pages pass untouched. Linear time, no recursion.
class NestingLimiter
{
public:
    // Returns the input unchanged when nothing was past the limit.
    static QByteArray limit(const QByteArray &utf8, int maxDepth, bool *changed = nullptr);
};

} // namespace html
