#pragma once

#include <QtGlobal>

namespace html {

// Budgets for untrusted HTML. Gumbo itself has no depth limit: 100,000
// nested <div>s take it 20 s (its scope checks walk the stack of open
// elements for every tag) and 100,000 nested tables overflow its stack, so
// the bytes meet NestingLimiter first.
struct HtmlLimits
{
    static constexpr qsizetype maxSanitizeBytes = 4 * 1024 * 1024; // UTF-8 given to sanitize(); cut past it
    static constexpr qsizetype maxPageBytes = 10 * 1024 * 1024;    // a page given to extractArticle(); refused
    static constexpr int maxOpenElements = 256;                    // nesting passed to the parser (NestingLimiter)
    static constexpr int maxKeptDepth = 48;                        // nesting of allow-listed elements in the output
    static constexpr int maxTableRows = 2000;                      // rows kept per document
    static constexpr int maxTableCells = 20000;                    // cells kept per document
    static constexpr int maxSpan = 100;                            // colspan / rowspan
    static constexpr int maxUrlLength = 8 * 1024;                  // longer href/src are dropped
};

} // namespace html
