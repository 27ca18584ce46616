#pragma once

#include "model/Digest.h"

#include <QByteArray>
#include <QString>

namespace exporter {

// The structured digest as JSON (UTF-8, indented):
// { "format": "daily-insights-digest", "version": 1, "schema_version": 1,
//   "day", "language",
//   "offline", "notAiCount",
//   "edition": {key, name, titleLine, filePrefix} (title line and prefix as
//              the other formats write them),
//   "leftOut": [ {reason, count} ] (articles past the edition's top N),
//   "briefing": {items[{text, citations[], articleIds[]}], sources[], error,
//                offline, provenance} (only when the day has one; first),
//   "sections": [ { "category": {key, name, emoji, color, position},
//                   "summary": {themes[], events[{text, citations[]}],
//                               impacts[{domain, text}], conclusion},
//                   "markdown", "error", "offline",
//                   "provenance": {provider, model, promptVersion, language,
//                                  tokensIn, tokensOut, elapsedMs, created},
//                   "sources": [ {title, url, source, articleId} ] } ] }
// Sections without sources are left out, as in the other formats. A
// non-http(s) URL is written as "".
class JsonExporter
{
public:
    // Raised when a field changes meaning or goes away (new fields keep it);
    // the man page documents the fields of each schema version.
    static constexpr int kSchemaVersion = 1;

    static QByteArray render(const Digest &digest);

    // Reads what render() wrote back into a Digest (for tools and tests).
    // Without "edition" (files written before editions) it is News.
    static bool parse(const QByteArray &json, Digest *digest, QString *error);
};

} // namespace exporter
