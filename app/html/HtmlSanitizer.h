#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace html {

struct SanitizeOptions
{
    QUrl baseUrl;            // relative links and images resolve against it (the article URL)
    bool keepImages = false; // keep <img> (absolute http(s) src only); else drop them
};

struct SanitizedHtml
{
    QString html;           // safe to show: only the allow-list, http(s) links only
    QStringList imageUrls;  // absolute http(s) URLs of the images kept (to fetch and cache)
    bool shortened = false; // the input was cut at its size cap, or a table was shortened
};

struct HtmlNode;

// Parses untrusted HTML with an HTML5 parser (gumbo) and keeps a small
// allow-list: paragraphs, headings, lists, blockquote, pre/code, emphasis,
// tables, figure/figcaption, <a> with http(s) hrefs, <img> when asked.
// Scripts, styles, event attributes, iframes, forms and everything else go.
SanitizedHtml sanitize(const QString &html, const SanitizeOptions &options = {});

// The same on a tree already parsed (the extractor's article): `root` and
// everything below it.
SanitizedHtml sanitizeTree(const HtmlNode *root, const SanitizeOptions &options = {});

} // namespace html
