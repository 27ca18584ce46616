#pragma once

#include <QString>

namespace feed {

// Renders HTML (or text that may hold entities) as plain text: tags
// dropped (script/style with their content), character references
// decoded, whitespace collapsed to single spaces and trimmed.
class HtmlText
{
public:
    static QString toPlainText(const QString &html);
    // Decodes character references only (no tag stripping, no collapsing).
    static QString decodeEntities(const QString &text);
    // Collapses runs of ASCII whitespace to one space and trims.
    static QString collapseWhitespace(const QString &text);
    // True when the text holds markup or character references.
    static bool looksLikeHtml(const QString &text);
    // Escapes &, <, > and " for embedding text in HTML.
    static QString escape(const QString &text);
};

} // namespace feed
