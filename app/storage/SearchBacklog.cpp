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

    return indexRange(db, indexedUpTo, newest, "UPDATE search_state SET indexed_up_to = ?1", newest, error);
}

bool SearchBacklog::indexRange(sqlite3 *db, qint64 above, qint64 upTo, const char *markSql, qint64 mark,
                               QString *error)
{
    // rowid = day number << 32 | id (schema 6).
    SqliteStatement index(db, "INSERT INTO search_index (rowid, title, summary, content)"
                              " SELECT (coalesce(CAST(julianday(day) - 2440587.5 AS INTEGER), 0) << 32) | id,"
                              " title, summary, content FROM articles WHERE id > ?1 AND id <= ?2");
    index.bind(1, above);
    index.bind(2, upTo);
    SqliteStatement watermark(db, markSql);
    watermark.bind(1, mark);
    if (!index.exec()) {
        *error = index.error();
        return false;
    }
    if (!watermark.exec()) {
        *error = watermark.error();
        return false;
    }
    return SearchVocabulary::store(db, error);
}

} // namespace storage
