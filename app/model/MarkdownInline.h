#pragma once

#include <QString>

// Untrusted text (feed titles, model output, error messages) written into
// Markdown. Shared by the summary renderer and the exporters, which may not
// depend on each other.
namespace markdown {

// Line breaks and C0/C1 controls (incl. U+2028/2029), and bidi overrides,
// which must never reach a written line as they are.
bool isBreakOrControl(char32_t c);
bool isBidiControl(char32_t c);

// One line of inert text: line breaks and control characters become
// spaces (bidi overrides are dropped), whitespace is collapsed, and every
// Markdown-active character is backslash-escaped, so the text cannot open
// a link, emphasis, a heading, a list, a code span or raw HTML.
QString escapeInline(const QString &text);

// Markdown from outside (an imported digest), kept as Markdown: its blocks,
// emphasis and http(s) links stay, but it can load nothing and link nowhere
// else, as generated summaries cannot. Images become their alt text; a link
// to any other scheme (javascript:, file:, data:, none) becomes its text; raw
// HTML and autolinks are escaped (`\<`); a reference definition to another
// scheme is escaped into text, and reference-style images into brackets;
// control characters other than tab and newline are dropped. Idempotent.
QString sanitizeBlock(const QString &markdown);

// True for an absolute http(s) URL with a host.
bool isWebUrl(const QString &url);

// The inverse of escapeInline for a backslash-escaped line (`\X` -> `X`
// for ASCII punctuation X).
QString unescapeInline(const QString &text);

} // namespace markdown
