#pragma once

#include "model/Article.h"

#include <QList>
#include <QString>

namespace digest {

// What the Papers edition reads of an article that is a paper: its abstract,
// the feed's summary (else its content) without arXiv's
// "arXiv:<id> Announce Type: <type> Abstract:" header. Empty when the
// listing gave none (the paper is kept with its title only); text that only
// repeats the title counts as none.
QString paperAbstract(const Article &article);

// The papers as the offline summariser should see them: summary = abstract,
// no content (a full text or the listing's header never leaks in).
QList<Article> abstractsOnly(const QList<Article> &papers);

// The sentence of an abstract that most likely states its result ("we show",
// "outperforms", "achieves 92%", ...), else its contribution ("we propose"),
// else its first full sentence; empty for an empty abstract.
QString keyResultSentence(const QString &abstract);

} // namespace digest
