#pragma once

#include <QString>

struct sqlite3;

namespace storage {

// Articles not yet in the full-text index: those with an id above the
// watermark in search_state (schema 4). Ingest either indexes its new
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
