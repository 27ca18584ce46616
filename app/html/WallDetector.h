#pragma once

#include <QString>

namespace html {

// Decides whether an extracted text is an article or what a page shows
// instead of one: too short to be an article, or a short text about
// subscribing, signing in or accepting cookies.
class WallDetector
{
public:
    static constexpr int minWords = 30;      // fewer: not an article
    static constexpr int wallMaxWords = 250; // a wall is short

    // Empty when the text looks like an article, else the readable reason.
    static QString reason(const QString &text, int wordCount);
};

} // namespace html
