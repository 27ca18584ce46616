#pragma once

#include "model/Article.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace service {

// How much of an article's full text the classifier and the summariser
// read, so that token use stays predictable.
inline constexpr int kDigestFullTextWords = 1500;

// The text up to the end of its maxWords-th word.
QString firstWords(const QString &text, int maxWords);

// Where an article has a full text (state ok), the digest reads it, bounded
// to maxWords, in place of the feed's summary and content. Returns the ids
// of the articles that got it (the summaries' provenance).
QSet<qint64> useFullText(QList<Article> &articles, QSqlDatabase db, int maxWords = kDigestFullTextWords);

} // namespace service
