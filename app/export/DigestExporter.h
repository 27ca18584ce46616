#pragma once

#include "export/ChartRenderer.h"
#include "model/Digest.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace exporter {

struct ExportResult
{
    bool ok = false;
    QStringList files;     // absolute paths written
    QString error;         // why nothing was written, when !ok
    QStringList warnings;  // written, but e.g. without a chart
};

// What goes into an export beyond the sections.
struct ExportOptions
{
    // The day's briefing as the Markdown file's first section. HTML and
    // JSON always lead with the briefing when the day has one.
    bool briefing = false;
};

// Writes one day's digest into a folder, named by its edition's file
// prefix (news_…, paper_…; EditionNames::filePrefix keeps a user's prefix
// inside the folder):
//   Markdown: <prefix>_YYYY-MM-DD.md + <prefix>_YYYY-MM-DD.png (chart beside it)
//   Html:     <prefix>_YYYY-MM-DD.html (chart embedded)
//   Json:     <prefix>_YYYY-MM-DD.json
// Each file is written atomically (QSaveFile): an unwritable folder or a
// full disk gives a clear error and leaves no partial file. The chart is
// drawn by ChartRenderer::installed(); without one, the export still
// succeeds and a warning says that no chart was drawn.
class DigestExporter
{
public:
    enum class Format { Markdown, Html, Json };

    static ExportResult exportDay(const Digest &digest, const QString &dir, Format format,
                                  const ExportOptions &options = {});

    // "md"/"markdown", "html", "json" (case-insensitive); false otherwise.
    static bool formatFromName(const QString &name, Format *format);

    // One slice per section with sources: "<emoji> <name>", the category
    // colour, the number of sources.
    static QList<ChartSlice> slices(const Digest &digest);

    // The chart as exported (at least 1200×800), or a null image when no
    // renderer is installed.
    static QImage chart(const Digest &digest);
    static QSize chartSize() { return {1200, 800}; }
};

} // namespace exporter
