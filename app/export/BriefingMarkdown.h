#pragma once

#include "export/ExportStrings.h"
#include "model/Digest.h"

#include <QString>

namespace exporter {

// The briefing as a Markdown section of the seed format, at the top of an
// export when the "briefing" option is on:
//
//   ## 📌 오늘의 핵심             (ExportStrings::briefingHeading)
//   <blank> [offline marker <blank>]
//   - <item text> [1][2]          (one line per item)
//   <blank> **출처:** <blank>
//    - <title> (<url>)            (the briefing's sources, citation order)
//   <blank> <blank>
//
// Item text is escaped (MarkdownText), so only the citations are live.
class BriefingMarkdown
{
public:
    // Empty when the digest has no briefing.
    static QString render(const Digest &digest);

    // One item line ("- text [1][2]") back: the unescaped text and the
    // citations at its end; false when the line is no list item.
    static bool parseItemLine(const QString &line, BriefingItem *item);
};

} // namespace exporter
