-- Schema 4: a watermark for the full-text index. Every article with an id
-- up to indexed_up_to is in articles_fts; the rest is the backlog, which
-- the writer indexes with one statement just before each commit (FTS5
-- writes a new segment per statement, and one per ingest batch made the
-- index the largest cost of a refresh). New articles get ascending ids,
-- and schema 3 indexed every article as it was stored.
CREATE TABLE search_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_up_to INTEGER NOT NULL
);
INSERT INTO search_state (id, indexed_up_to) SELECT 1, coalesce(max(id), 0) FROM articles;
