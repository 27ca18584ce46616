#pragma once

namespace storage::ingestlookups {

// The lookups ingest makes for every fetched item, within the source's
// edition (?2: the same page in two editions is two articles; the unary
// "+" keeps SQLite on the url/guid index, not the edition one), apart so that a test can
// check that each is planned on an index (DatabaseTest).

inline constexpr char kByUrl[] =
    "SELECT id, content_hash, published, day FROM articles WHERE url = ?1 AND +edition_id = ?2 LIMIT 1";

// A GUID that names the item worldwide (a URL, URN or tag URI).
inline constexpr char kByGuid[] =
    "SELECT id, content_hash, published, day FROM articles WHERE guid = ?1 AND +edition_id = ?2 LIMIT 1";

// A bare GUID ("12345") counts only within its own source. CROSS JOIN
// keeps the join order SQLite chose badly on its own: the articles with
// that GUID (articles_guid), then the (article, source) key, instead of a
// scan of every article the source ever delivered.
inline constexpr char kByLocalGuid[] =
    "SELECT a.id, a.content_hash, a.published, a.day FROM articles a"
    " CROSS JOIN article_sources s ON s.article_id = a.id"
    " WHERE a.guid = ?1 AND s.source_id = ?2 LIMIT 1";

} // namespace storage::ingestlookups
