#pragma once

#include <QString>

namespace exporter {

// Converts the small Markdown subset a summary uses (paragraphs, ATX
// headings, nested "-"/"*"/"1." lists, **strong**, *em*/_em_, `code`,
// [text](url) links and backslash escapes) into HTML. Every piece of text
// is HTML-escaped, raw HTML is shown as text, and only http(s) links
// become anchors (rel="noopener noreferrer"); other links keep their text.
class SummaryHtml
{
public:
    static QString fromMarkdown(const QString &markdown);
    static QString inlineHtml(const QString &line);
    static QString escape(const QString &text);
};

} // namespace exporter
