#pragma once

#include "model/Summary.h"

#include <QString>

namespace digest {

// Renders a SummaryDoc as Markdown with the same four bold headings in every
// section ("**주요 주제:**" ...), in the output language. All text from the
// doc is escaped; only the citation markers "[n]" are written raw.
class SummaryRenderer
{
public:
    static QString render(const SummaryDoc &doc, const QString &language);
};

} // namespace digest
