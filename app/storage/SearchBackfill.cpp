#include "storage/SearchBackfill.h"

#include "storage/SearchBacklog.h"
#include "storage/SqliteStatement.h"

#include <algorithm>

namespace storage {
namespace {

// backfill_below and the newest id, or false with the reason.
bool watermarks(sqlite3 *db, qint64 *below, qint64 *newest, QString *error)
{
    SqliteStatement read(db, "SELECT (SELECT backfill_below FROM search_state),"
                             " (SELECT coalesce(max(id), 0) FROM articles)");
    if (!read.step()) {
        *error = read.error();
        return false;
    }
    *below = read.columnInt64(0);
    *newest = read.columnInt64(1);
    return true;
}

} // namespace

SearchBackfill::Progress SearchBackfill::progress(sqlite3 *db)
{
    Progress p;
    qint64 below = 0, newest = 0;
    if (!watermarks(db, &below, &newest, &p.error)) {
        p.ok = false;
        return p;
    }
    p.total = newest;
    p.done = newest - below;
    return p;
}

SearchBackfill::Progress SearchBackfill::step(sqlite3 *db, int chunk)
{
    Progress p = progress(db);
    if (!p.ok || p.complete())
        return p;
    const qint64 below = p.total - p.done;
    const qint64 lower = std::max<qint64>(0, below - std::max(chunk, 1));
    if (!SearchBacklog::indexRange(db, lower, below, "UPDATE search_state SET backfill_below = ?1", lower,
                                   &p.error)) {
        p.ok = false;
        return p;
    }
    p.done = p.total - lower;
    return p;
}

} // namespace storage
