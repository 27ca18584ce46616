#pragma once

#include <QString>
#include <QUrl>

namespace ui {

// Prepares summary Markdown (untrusted: LLM output and feed titles) for
// QTextBrowser: raw HTML is escaped so it shows as text, and every [n]
// citation becomes a link "cite:n".
class SummaryMarkdown
{
public:
    static QString prepare(const QString &markdown);
    static QString escapeHtml(const QString &markdown);
    static QString linkCitations(const QString &markdown);
    // n for a "cite:n" URL, else 0.
    static int citationNumber(const QUrl &url);
    static bool isWebLink(const QUrl &url);
};

} // namespace ui
