#pragma once

#include "model/Article.h"
#include "model/Briefing.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace digest {

// Checks a model's briefing answer (BriefingSchema): between minItems and
// maxItems items, each with non-empty text of at most kMaxTextChars and at
// least one citation; every citation (in "sources" and any "[n]" in the
// text) within 1..articleCount. Markers in the text are moved to the
// citation list. On success fills *out (citations still number the
// articles given); on failure says why in *error.
class BriefingValidator
{
public:
    static constexpr qsizetype kMaxTextChars = 600;

    static bool parse(const QJsonObject &json, int articleCount, int minItems, int maxItems, QList<BriefingItem> *out,
                      QString *error);

    // Items citing the given articles (1..n) as a Briefing whose own list
    // holds only the cited articles, in order of first citation.
    static Briefing toBriefing(const QList<BriefingItem> &items, const QList<Article> &given);
};

} // namespace digest
