#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace html {

// The main content of an article page, as a reader view shows it.
struct Extraction
{
    bool ok = false; // false: no main content found (paywall, login wall, not an article)
    QString error;   // readable reason when !ok
    QString title;
    QString byline;
    QString excerpt;
    QString siteName;
    QString html; // sanitised (html::sanitize) main content
    QString text; // its plain text, paragraphs separated by blank lines
    int wordCount = 0;
};

// Readability-style extraction on the gumbo tree (a port of Mozilla's
// Readability.js): scores blocks by their text, commas and link density,
// drops boilerplate by class and id, reads title and byline from metadata
// and markup. `page` is the raw response body (the charset is detected from
// it). ok=false with a readable error for: an empty page, one over 10 MiB,
// binary data or text without markup, no main content (under 30 words), or
// a short page that is a paywall, login wall or cookie wall.
// Pure: safe on any thread.
Extraction extractArticle(const QByteArray &page, const QUrl &url, bool keepImages = false);

} // namespace html
