#include "search/SearchEngine.h"

#include "storage/ArticleStore.h"

#include <QTimeZone>

namespace search {

// TEMPORARY: runs on the schema-5 index until the schema-6 engine lands.
SearchEngine::SearchEngine(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList SearchEngine::words(const QString &text)
{
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

SearchResults SearchEngine::run(const SearchQuery &query, const std::atomic<bool> *cancel) const
{
    SearchResults results;
    storage::ArticleStore store(m_db, QTimeZone::utc());
    const auto hits = store.search(query.text, query.limit + 1);
    for (const auto &h : hits) {
        SearchHit hit;
        hit.articleId = h.articleId;
        hit.day = h.day;
        hit.categoryId = h.categoryId;
        hit.title = h.title;
        hit.snippet = h.snippet;
        hit.isSummary = h.isSummary;
        (h.isSummary ? results.summaries : results.articles).append(hit);
    }
    results.more = results.articles.size() > query.limit;
    if (results.more)
        results.articles.removeLast();
    results.cancelled = cancel && cancel->load();
    return results;
}

} // namespace search
