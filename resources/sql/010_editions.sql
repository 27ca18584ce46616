-- Schema 10: editions (issue 13). An edition is a named digest with its own
-- sources, categories, summary structure and export names. Everything that
-- exists becomes the News edition (id 1); Papers ships beside it.
CREATE TABLE editions (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    title_line  TEXT NOT NULL,
    file_prefix TEXT NOT NULL,
    language    TEXT NOT NULL DEFAULT '',      -- '' = the profile's summary language
    style       TEXT NOT NULL DEFAULT 'news',  -- 'news' | 'papers'
    top_n       INTEGER NOT NULL DEFAULT 0,    -- 0 = every article of the day
    position    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO editions (id, key, name, title_line, file_prefix, style, top_n, position)
VALUES (1, 'news', 'News', 'Daily Artificial Intelligence Insights : News', 'news', 'news', 0, 0),
       (2, 'papers', 'Papers', 'Daily Artificial Intelligence Insights : Papers', 'paper', 'papers', 30, 1);

-- SQLite refuses REFERENCES with a non-NULL default on ALTER TABLE while
-- foreign keys are on: EditionStore::remove deletes an edition's rows.
ALTER TABLE sources ADD COLUMN edition_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE categories ADD COLUMN edition_id INTEGER NOT NULL DEFAULT 1;
-- An article belongs to one edition; the same page carried by sources of
-- two editions is stored once in each (ingest dedupes within an edition).
ALTER TABLE articles ADD COLUMN edition_id INTEGER NOT NULL DEFAULT 1;
CREATE INDEX articles_edition_day ON articles(edition_id, day, published);
CREATE INDEX sources_edition ON sources(edition_id);
CREATE INDEX categories_edition ON categories(edition_id, position);

-- The day's briefing, per edition.
CREATE TABLE briefings_by_edition (
    edition_id     INTEGER NOT NULL DEFAULT 1,
    day            TEXT NOT NULL,
    provider       TEXT NOT NULL DEFAULT '',
    model          TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT '',
    input_hash     TEXT NOT NULL DEFAULT '',
    doc_json       TEXT NOT NULL DEFAULT '',
    tokens_in      INTEGER NOT NULL DEFAULT 0,
    tokens_out     INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER,
    error          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (edition_id, day)
);
INSERT INTO briefings_by_edition (edition_id, day, provider, model, language, input_hash, doc_json,
                                  tokens_in, tokens_out, created_at, error)
SELECT 1, day, provider, model, language, input_hash, doc_json, tokens_in, tokens_out, created_at, error
  FROM briefings;
DROP TABLE briefings;
ALTER TABLE briefings_by_edition RENAME TO briefings;
