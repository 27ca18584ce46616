#pragma once

#include <QString>

struct sqlite3;

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
    // Indexes the articles with above < id <= upTo, runs `markSql` (a
    // watermark update with ?1 = mark) and stores the new vocabulary terms:
    // the one way rows enter search_index (also for SearchBackfill).
    static bool indexRange(sqlite3 *db, qint64 above, qint64 upTo, const char *markSql, qint64 mark,
                           QString *error);
};

} // namespace storage
