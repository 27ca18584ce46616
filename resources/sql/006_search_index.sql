-- Schema 6: the search index for a million articles.
-- search_index is contentless (the text stays in articles) with the
-- tokenizer "di" (Korean bigrams, CamelCase parts; see SearchTokenizer)
-- and rowid = day number << 32 | article id, so "newest first" and a date
-- range are a walk down the index that stops after one page, instead of
-- ranking every match. Indexed are the articles with
-- backfill_below < id <= indexed_up_to: new articles are added by the
-- writer before each commit (SearchBacklog, as in schema 4); the articles
-- the profile already had are added by the SearchIndexBuilder in chunks,
-- newest first, each chunk committed with its watermark (a killed process
-- resumes). Triggers keep indexed rows in step; a contentless row is
-- deleted by giving its old values back.
DROP TRIGGER IF EXISTS articles_fts_ad;
DROP TRIGGER IF EXISTS articles_fts_au;
DROP TABLE IF EXISTS articles_fts;

CREATE VIRTUAL TABLE search_index USING fts5(
    title, summary, content,
    content = '', tokenize = 'di'
);

-- Merge segments in larger groups (8, FTS5's default is 4): 5 % less CPU
-- per ingested article; a query walks a few more segments (still ~1 ms).
INSERT INTO search_index (search_index, rank) VALUES ('automerge', 8);

-- Terms for prefix search (SearchVocabulary), filled as articles are indexed.
CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;

ALTER TABLE search_state ADD COLUMN backfill_below INTEGER NOT NULL DEFAULT 0;
UPDATE search_state SET backfill_below = indexed_up_to;

CREATE TRIGGER search_index_ad AFTER DELETE ON articles
WHEN old.id > (SELECT backfill_below FROM search_state)
 AND old.id <= (SELECT indexed_up_to FROM search_state)
BEGIN
    INSERT INTO search_index (search_index, rowid, title, summary, content)
    VALUES ('delete',
            (coalesce(CAST(julianday(old.day) - 2440587.5 AS INTEGER), 0) << 32) | old.id,
            old.title, old.summary, old.content);
END;

CREATE TRIGGER search_index_au AFTER UPDATE OF title, summary, content, day ON articles
WHEN old.id > (SELECT backfill_below FROM search_state)
 AND old.id <= (SELECT indexed_up_to FROM search_state)
BEGIN
    INSERT INTO search_index (search_index, rowid, title, summary, content)
    VALUES ('delete',
            (coalesce(CAST(julianday(old.day) - 2440587.5 AS INTEGER), 0) << 32) | old.id,
            old.title, old.summary, old.content);
    INSERT INTO search_index (rowid, title, summary, content)
    VALUES ((coalesce(CAST(julianday(new.day) - 2440587.5 AS INTEGER), 0) << 32) | new.id,
            new.title, new.summary, new.content);
END;

-- The section summaries get the same tokenizer (a small table: rebuilt here).
DROP TRIGGER IF EXISTS summaries_fts_ai;
DROP TRIGGER IF EXISTS summaries_fts_ad;
DROP TRIGGER IF EXISTS summaries_fts_au;
DROP TABLE IF EXISTS summaries_fts;
CREATE VIRTUAL TABLE summaries_fts USING fts5(
    markdown, content = 'summaries', content_rowid = 'id', tokenize = 'di'
);
INSERT INTO summaries_fts (summaries_fts) VALUES ('rebuild');
CREATE TRIGGER summaries_fts_ai AFTER INSERT ON summaries BEGIN
    INSERT INTO summaries_fts (rowid, markdown) VALUES (new.id, new.markdown);
END;
CREATE TRIGGER summaries_fts_ad AFTER DELETE ON summaries BEGIN
    INSERT INTO summaries_fts (summaries_fts, rowid, markdown) VALUES ('delete', old.id, old.markdown);
END;
CREATE TRIGGER summaries_fts_au AFTER UPDATE OF markdown ON summaries BEGIN
    INSERT INTO summaries_fts (summaries_fts, rowid, markdown) VALUES ('delete', old.id, old.markdown);
    INSERT INTO summaries_fts (rowid, markdown) VALUES (new.id, new.markdown);
END;

-- The days with a digest (the window's calendar, at every start): a skip
-- scan on this index instead of reading every summary (80 MB at ten years).
CREATE INDEX summaries_ok_day ON summaries(day) WHERE error = '';
