#pragma once

#include "model/Digest.h"

#include <QImage>
#include <QString>

namespace exporter {

// One self-contained HTML page for a day: the chart embedded as a
// data:image/png;base64 URI, every text HTML-escaped, summaries converted
// from their Markdown by SummaryHtml, only http(s) links (with
// rel="noopener noreferrer"), a Content-Security-Policy that allows no
// script, and the digest language as the page's lang attribute.
class HtmlExporter
{
public:
    static QString render(const Digest &digest, const QImage &chart);
};

} // namespace exporter
