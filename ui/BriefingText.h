#pragma once

#include "model/Digest.h"

#include <QCoreApplication>
#include <QString>

namespace ui {

// The day's briefing as Markdown for the "All" page: a heading, where it
// came from, then one numbered item per development with its [n]
// citations as "cite:n" links (n numbers the briefing's sources, which the
// page's source list shows first). Item text is untrusted (model output,
// feed sentences): escaped, so only our citations are links. Empty when the
// digest has no briefing.
class BriefingText
{
    Q_DECLARE_TR_FUNCTIONS(BriefingText)
public:
    static QString markdown(const Digest &digest);
    static QString heading();
    static QString provenance(const Briefing &briefing);
};

} // namespace ui
