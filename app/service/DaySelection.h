#pragma once

#include "model/Article.h"
#include "model/Digest.h"
#include "model/Edition.h"

#include <QList>
#include <QSqlDatabase>

namespace service {

// The articles a day's digest of an edition covers. An edition with a top N
// (Papers: 30) keeps its N best-ranked AI articles — by Hugging Face upvotes,
// then cross-listings, then the classifier's confidence — and says how many
// it left out and why; without one, every article stays. The build and the
// reader both choose through here, so what is summarised is what is shown.
struct DaySelection
{
    QList<Article> articles;      // the chosen AI articles (and every not-AI one), input order
    QList<DigestLeftOut> leftOut; // AI articles not covered, by reason
};

DaySelection selectForDigest(QSqlDatabase db, const Edition &edition, const QList<Article> &articles);

} // namespace service
