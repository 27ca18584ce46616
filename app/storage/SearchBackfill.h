#pragma once

#include <QString>

struct sqlite3;

namespace storage {

// The articles a profile had before schema 6 built search_index: those
// with an id up to search_state.backfill_below. Each step indexes the
// newest `chunk` of them and lowers the watermark, inside the caller's
// transaction, so a step commits whole or not at all.
class SearchBackfill
{
public:
    struct Progress
    {
        qint64 done = 0;  // articles indexed, by id (ids are dense)
        qint64 total = 0; // articles of the profile, by id
        bool ok = true;
        QString error;
        bool complete() const { return ok && done >= total; }
        int percent() const { return total <= 0 ? 100 : int(done * 100 / total); }
    };

    static Progress step(sqlite3 *db, int chunk);
    static Progress progress(sqlite3 *db);
};

} // namespace storage
