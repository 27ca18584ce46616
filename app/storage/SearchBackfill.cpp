#include "storage/SearchBackfill.h"

#include "storage/SearchBacklog.h"
#include "storage/SearchVocabulary.h"
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
    SqliteStatement index(db, "INSERT INTO search_index (rowid, title, summary, content)"
                              " SELECT " DI_SEARCH_KEY_SQL ", title, summary, content"
                              " FROM articles WHERE id > ?1 AND id <= ?2");
    index.bind(1, lower);
    index.bind(2, below);
    SqliteStatement mark(db, "UPDATE search_state SET backfill_below = ?1");
    mark.bind(1, lower);
    if (!index.exec() || !mark.exec() || !SearchVocabulary::store(db, &p.error)) {
        p.ok = false;
        if (p.error.isEmpty())
            p.error = index.ok() ? mark.error() : index.error();
        return p;
    }
    p.done = p.total - lower;
    return p;
}

} // namespace storage
