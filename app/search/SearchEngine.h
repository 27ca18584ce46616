#pragma once

#include "search/SearchQuery.h"

#include <QSqlDatabase>

#include <atomic>
#include <limits>

namespace search {

// Runs a SearchQuery on one connection (use it on that connection's
// thread). The FTS5 index (schema 6, tokenizer "di") has rowid =
// day number << 32 | article id, so "newest first" and a date range are
// a walk down the index that stops after one page; relevance ranks the
// newest matches (title over summary over text, then recency).
class SearchEngine
{
public:
    explicit SearchEngine(QSqlDatabase db);

    // `cancel`, when given, is polled while SQLite works; once it is set
    // the search stops and returns results.cancelled = true.
    SearchResults run(const SearchQuery &query, const std::atomic<bool> *cancel = nullptr) const;

    // The words of a query as the index sees them (for highlighting).
    static QStringList words(const QString &text);

private:
    QSqlDatabase m_db;
};

} // namespace search
