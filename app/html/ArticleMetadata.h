#pragma once

#include <QString>

namespace html {

class HtmlDocument;

// Title, byline, excerpt and site name from a page's <meta> tags, JSON-LD
// and <title>/<h1>, as Readability.js reads them.
struct ArticleMetadata
{
    QString title;
    QString byline;
    QString excerpt;
    QString siteName;
    QString publishedTime;

    // Call before scripts are removed (JSON-LD lives in <script>).
    static ArticleMetadata read(const HtmlDocument &doc);
    // The <title> heuristics alone (separators, colons, a single <h1>).
    static QString articleTitle(const HtmlDocument &doc);
};

} // namespace html
