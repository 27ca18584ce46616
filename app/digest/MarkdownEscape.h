#pragma once

#include <QString>

namespace digest {

// Untrusted text (feed titles, model output) as one line of inert Markdown:
// line breaks collapse to spaces and every character that could open a
// heading, list, quote, link, image, emphasis, code span, raw HTML or a
// link reference definition is backslash-escaped.
QString escapeMarkdownInline(const QString &text);

} // namespace digest
