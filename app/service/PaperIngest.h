#pragma once

#include "feed/Paper.h"
#include "storage/ArticleStore.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

namespace service {

// Stores the papers one source delivered, on the writer's connection (one
// savepoint): each paper is one article per arXiv id whatever its version
// or listing. A paper not stored yet, a newer version of a stored one, or
// one that brings the abstract a stored paper lacked is ingested as an
// article (title, abstract, authors and categories rewritten); an older or
// equal version only links the source to the stored article, so that the
// cross-listing count sees it. Then the arXiv facts (version, upvotes,
// announce type, abstract flag) are merged into article_papers.
storage::IngestStats ingestPapers(QSqlDatabase &db, const QTimeZone &zone, qint64 sourceId,
                                  const QList<FeedItem> &items, const QList<feed::Paper> &papers,
                                  const QDateTime &nowUtc,
                                  storage::ArticleStore::Indexing indexing = storage::ArticleStore::Indexing::Now);

} // namespace service
