#pragma once

#include "model/Digest.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace exporter {

struct ImportedSection
{
    QString emoji;
    QString categoryName;
    QString summaryMarkdown;     // as written, blank lines around it trimmed
    bool offline = false;        // the section carried an "offline summary" marker
    QList<DigestSource> sources; // title (unescaped) and url; url empty when removed
};

// The "## 📌 오늘의 핵심" section (any language's heading), when present.
struct ImportedBriefing
{
    QString language;          // of the heading: "ko", "en" or "ja"
    QList<BriefingItem> items; // citations number `sources` (out-of-range ones dropped)
    QList<DigestSource> sources;
    bool offline = false; // it carried an "offline summary" marker
};

struct ImportedDigest
{
    bool ok = false;
    QString error;
    QString day;                 // YYYY-MM-DD
    QString editionKey;          // the edition the file names; empty when nothing does
    QList<ImportedSection> sections;
    ImportedBriefing briefing; // no items when the file has none
};

// Reads a digest in the seed format (what MarkdownExporter writes, and the
// older files in ../shared/seeds). Tolerant of the old system's drift:
// "**요약:**" / "**요약**:" / "**Summary:**", "**출처:**" / "**Sources:**",
// list markers "-", "*" or "+" with any indentation, and titles that
// contain parentheses (the URL is the last parenthesised http(s) group).
// The summary Markdown is kept as it is, whatever its inner headings.
// The briefing section (BriefingMarkdown) is read as the briefing, not as
// a category; only the first one counts.
//
// The edition (SeedEditionMatch) is named by the title line ("… : Papers"),
// its chart link (paper_YYYY-MM-DD.png) or the file name
// (paper_YYYY-MM-DD.md, Papers_YYYY-MM-DD_report.md), in that order of
// precedence, against the editions given; none named leaves editionKey
// empty (the caller's default). The day comes from the file name, else
// from the chart link, whatever its prefix.
//
// Untrusted input: files over kMaxFileBytes and digests of more than
// kMaxSections sections are refused with a clear error; summaries pass
// through markdown::sanitizeBlock (no images, links only to http(s)).
class SeedDigestImporter
{
public:
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxSections = 200;
    static constexpr qsizetype kMaxBriefingItems = 50;

    // News and Papers, the editions recognised when the caller names none.
    static QList<Edition> shippedEditions();

    static ImportedDigest parse(const QByteArray &markdown, const QString &fileName,
                                const QList<Edition> &known = shippedEditions());

    // "news_2024-11-10.md", "digest-2024-11-10.md", "paper_2024-11-10.md",
    // "Papers_2024-11-10_report.md" (any known edition) or a path ending so.
    static QString dayFromFileName(const QString &fileName, const QList<Edition> &known = shippedEditions());
};

} // namespace exporter
