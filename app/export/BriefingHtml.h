#pragma once

#include "model/Digest.h"

#include <QString>

namespace exporter {

// The briefing at the top of the HTML export: a heading, the items as an
// ordered list whose [n] link to the briefing's own source list
// (#briefing-source-n), then that list. All text is escaped; only http(s)
// URLs become links. Empty when the digest has no briefing.
class BriefingHtml
{
public:
    static QString render(const Digest &digest);
};

} // namespace exporter
