#include "storage/SearchBacklog.h"

#include "storage/SearchVocabulary.h"
#include "storage/SqliteStatement.h"

namespace storage {

bool SearchBacklog::catchUp(sqlite3 *db, QString *error)
{
    SqliteStatement last(db, "SELECT (SELECT indexed_up_to FROM search_state),"
                             " (SELECT coalesce(max(id), 0) FROM articles)");
    if (!last.step()) {
        *error = last.error();
        return false;
    }
    const qint64 indexedUpTo = last.columnInt64(0);
    const qint64 newest = last.columnInt64(1);
    last.reset();
    if (newest <= indexedUpTo) // terms an update's trigger indexed may be waiting
        return SearchVocabulary::store(db, error);

    SqliteStatement index(db, "INSERT INTO search_index (rowid, title, summary, content)"
                              " SELECT " DI_SEARCH_KEY_SQL ", title, summary, content"
                              " FROM articles WHERE id > ?1 AND id <= ?2");
    index.bind(1, indexedUpTo);
    index.bind(2, newest);
    SqliteStatement mark(db, "UPDATE search_state SET indexed_up_to = ?1");
    mark.bind(1, newest);
    if (!index.exec()) {
        *error = index.error();
        return false;
    }
    if (!mark.exec()) {
        *error = mark.error();
        return false;
    }
    return SearchVocabulary::store(db, error);
}

} // namespace storage
