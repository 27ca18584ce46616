#include "service/PaperIngest.h"

#include "storage/PaperStore.h"
#include "storage/SourceStore.h"
#include "storage/Savepoint.h"

#include <QCoreApplication>
#include <QHash>

namespace service {

namespace {

// One entry per arXiv id: the highest version (the first on a tie), the
// highest upvotes of any entry.
QList<qsizetype> newestPerId(const QList<feed::Paper> &papers)
{
    QHash<QString, qsizetype> at;
    QList<qsizetype> order;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const auto known = at.constFind(papers.at(i).arxivId);
        if (known == at.cend()) {
            at.insert(papers.at(i).arxivId, order.size());
            order.append(i);
        } else if (papers.at(i).version > papers.at(order.at(*known)).version) {
            order[*known] = i;
        }
    }
    return order;
}

} // namespace

storage::IngestStats ingestPapers(QSqlDatabase &db, const QTimeZone &zone, qint64 sourceId,
                                  const QList<FeedItem> &items, const QList<feed::Paper> &papers,
                                  const QDateTime &nowUtc, storage::ArticleStore::Indexing indexing)
{
    storage::IngestStats stats;
    const auto fail = [&stats](const QString &error) {
        stats = storage::IngestStats();
        stats.error = error;
        return stats;
    };
    if (items.size() != papers.size())
        return fail(QCoreApplication::translate("PaperIngest", "the papers and their articles differ in number"));
    storage::Savepoint tx(db, QStringLiteral("papers"));
    if (!tx.isActive())
        return fail(tx.error());

    QHash<QString, int> upvotes; // the highest of any entry of this batch
    for (const feed::Paper &p : papers)
        upvotes[p.arxivId] = std::max(upvotes.value(p.arxivId, -1), p.upvotes);
    const QList<qsizetype> chosen = newestPerId(papers);
    QStringList ids;
    for (qsizetype i : chosen)
        ids.append(papers.at(i).arxivId);

    storage::PaperStore store(db);
    const qint64 edition = storage::SourceStore(db).byId(sourceId).editionId;
    const QHash<QString, storage::PaperRecord> stored = store.byArxivId(ids, edition);
    if (!store.lastError().isEmpty())
        return fail(store.lastError());

    QList<FeedItem> rewrite;
    QList<qsizetype> rewritten, linked;
    for (qsizetype i : chosen) {
        const feed::Paper &p = papers.at(i);
        const auto known = stored.constFind(p.arxivId);
        const bool write =
            known == stored.cend() || p.version > known->version || (known->abstractMissing && !p.abstractMissing);
        if (write) {
            rewrite.append(items.at(i));
            rewritten.append(i);
        } else {
            linked.append(i);
        }
    }

    storage::ArticleStore articles(db, zone);
    stats = articles.ingest(sourceId, storage::PreparedItems(rewrite, zone), nowUtc, indexing);
    if (!stats.error.isEmpty())
        return fail(stats.error);

    const auto record = [&](qsizetype i, qint64 articleId) {
        const feed::Paper &p = papers.at(i);
        storage::PaperRecord r;
        r.articleId = articleId;
        r.arxivId = p.arxivId;
        r.version = p.version;
        r.upvotes = upvotes.value(p.arxivId, -1);
        r.announceType = feed::announceTypeName(p.announceType);
        r.abstractMissing = p.abstractMissing;
        return store.upsert(r);
    };
    for (qsizetype i : std::as_const(rewritten)) {
        const qint64 articleId = store.articleOfSource(sourceId, items.at(i).url);
        if (articleId == 0)
            return fail(store.lastError().isEmpty()
                            ? QCoreApplication::translate("PaperIngest",
                                                          "the article of paper %1 was not found after saving it")
                                  .arg(papers.at(i).arxivId)
                            : store.lastError());
        if (!record(i, articleId))
            return fail(store.lastError());
    }
    for (qsizetype i : std::as_const(linked)) {
        const qint64 articleId = stored.value(papers.at(i).arxivId).articleId;
        bool added = false;
        if (!store.linkSource(articleId, sourceId, nowUtc, &added) || !record(i, articleId))
            return fail(store.lastError());
        stats.duplicates += added ? 1 : 0;
    }
    if (!tx.release())
        return fail(tx.error());
    return stats;
}

} // namespace service
