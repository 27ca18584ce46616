#pragma once

#include "model/MarkdownInline.h"

#include <QString>

// Escaping rules shared by the Markdown exporter and the seed importer.
// Feed titles and error text are untrusted: after escaping they are plain
// text on one line and cannot open a link, emphasis, a heading, a list, a
// code span or raw HTML.
namespace exporter::markdown {

using ::markdown::escapeInline;
using ::markdown::isBidiControl;
using ::markdown::isBreakOrControl;
using ::markdown::unescapeInline;

// The URL as written between the parentheses of a source line, or an
// empty string when it is not an absolute http(s) URL with a host.
// Characters that could end the parenthesised group or the line
// (whitespace, parentheses, angle brackets, quotes, backticks) are
// percent-encoded; everything else is kept byte for byte.
QString safeUrl(const QString &url);

// Percent-encodes the characters that could end a Markdown link target or
// the line (whitespace, controls, ()<>"`\{}|^); keeps everything else.
QString encodeLinkTarget(const QString &target);

// A block of summary Markdown made safe to embed in a section: what
// ::markdown::sanitizeBlock does (no raw HTML, image or non-http(s) link),
// and no line can start a heading (which would open a new section).
QString sanitizeBlock(const QString &markdown);

// Removes blank lines at the start and the end; inner lines are kept.
QString trimBlankLines(const QString &text);

} // namespace exporter::markdown
