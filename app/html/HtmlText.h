#pragma once

#include <QString>

namespace html {

struct HtmlNode;

// Plain text of HTML as a reader would copy it: blocks (paragraphs,
// headings, list items, table rows...) become paragraphs separated by a
// blank line, <br> a line break, other white space collapses (kept in <pre>).
// What the sanitiser drops with its content (scripts, forms...) is left out.
class HtmlText
{
public:
    // ShownText: as the sanitised HTML shows it. AllText: every text node
    // outside <head>, <script> and <style> (a reference page's full text).
    enum class Mode { ShownText, AllText };
    static QString fromTree(const HtmlNode *root, Mode mode = Mode::ShownText);
    static QString fromHtml(const QString &html, Mode mode = Mode::ShownText);
};

} // namespace html
