#pragma once

#include <QString>

namespace html {

struct HtmlNode;

// Plain text of HTML as a reader would copy it: blocks (paragraphs,
// headings, list items, table rows...) become paragraphs separated by a
// blank line, <br> a line break, other white space collapses (kept in <pre>).
class HtmlText
{
public:
    static QString fromTree(const HtmlNode *root);
    static QString fromHtml(const QString &html);
};

} // namespace html
