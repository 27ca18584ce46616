#pragma once

#include <QString>

struct sqlite3;

// The search index's rowid of an article row (columns day and id):
// day number << 32 | id (schema 6).
#define DI_SEARCH_KEY_SQL                                                                          \
    "((coalesce(CAST(julianday(day) - 2440587.5 AS INTEGER), 0) << 32) | id)"

namespace storage {

// Articles not yet in the full-text index: those with an id above the
// watermark in search_state (schema 4; the index is search_index since 6). Ingest either indexes its new
// articles at once or leaves them to the writer, which catches up just
// before each commit, so the index always commits with the articles.
class SearchBacklog
{
public:
    // Indexes the backlog and moves the watermark, inside the caller's
    // transaction. Idempotent; cheap when there is nothing to do.
    static bool catchUp(sqlite3 *db, QString *error);
};

} // namespace storage
