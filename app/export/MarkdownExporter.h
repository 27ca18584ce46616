#pragma once

#include "model/Digest.h"

#include <QString>

namespace exporter {

// Writes a digest in the seed format of PRODUCT.md ("Markdown export"):
//
//   # <edition's title line>![Category Distribution Graph](<chart>)
//   <blank>
//   ## <emoji> <Category>            (per section, in the order given)
//   <blank> **요약:** <blank> <summary Markdown> <blank> **출처:** <blank>
//    - <title> (<url>)               (one line per source)
//   <blank> <blank>
//
// then the closing notes (offline digest, articles left out as not AI,
// articles past the edition's top N with the reason given). The title line
// is the edition's (EditionNames::titleLine), escaped: News writes
// "Daily Artificial Intelligence Insights : News", Papers "… : Papers".
// With `withBriefing`, the day's briefing comes first as its own section
// (BriefingMarkdown: "## 📌 오늘의 핵심"), which the importer reads back as
// the briefing, not as a category.
// Sections without sources are omitted. Titles, names and error text are
// escaped (MarkdownText); a non-http(s) URL is replaced by a notice.
class MarkdownExporter
{
public:
    static QString render(const Digest &digest, const QString &chartFileName, bool withBriefing = false);

    // "news_YYYY-MM-DD" — the base name of the News edition's files.
    static QString baseName(const QString &day);
    // "<prefix>_YYYY-MM-DD" ("paper_…"), the prefix made safe as a file name
    // (EditionNames::filePrefix).
    static QString baseName(const Edition &edition, const QString &day);
};

} // namespace exporter
