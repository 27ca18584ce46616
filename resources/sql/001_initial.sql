-- Schema 1: sources, articles (immutable content), their sources, stories,
-- user state, and the full-text index over articles.

CREATE TABLE sources (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT NOT NULL UNIQUE,
    title                TEXT NOT NULL DEFAULT '',
    grp                  TEXT NOT NULL DEFAULT '',
    enabled              INTEGER NOT NULL DEFAULT 1,
    etag                 TEXT NOT NULL DEFAULT '',
    last_modified        TEXT NOT NULL DEFAULT '',
    body_hash            TEXT NOT NULL DEFAULT '',
    last_success         INTEGER,           -- ms since epoch, UTC
    last_attempt         INTEGER,
    last_error           TEXT NOT NULL DEFAULT '',
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_attempt         INTEGER
);

-- Near-identical titles on one day share a story.
CREATE TABLE stories (
    id        INTEGER PRIMARY KEY,
    day       TEXT NOT NULL,
    title_key TEXT NOT NULL,
    UNIQUE (day, title_key)
);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    link         TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    summary_html TEXT NOT NULL DEFAULT '',
    content      TEXT NOT NULL DEFAULT '',
    content_html TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL DEFAULT '',
    tags         TEXT NOT NULL DEFAULT '',   -- separated by U+001F
    enclosure_url    TEXT NOT NULL DEFAULT '',
    enclosure_type   TEXT NOT NULL DEFAULT '',
    enclosure_length INTEGER NOT NULL DEFAULT 0,
    published    INTEGER,                    -- ms since epoch, UTC; NULL when unknown
    updated      INTEGER,
    first_seen   INTEGER NOT NULL,
    day          TEXT NOT NULL,              -- YYYY-MM-DD in the profile's time zone
    story_id     INTEGER REFERENCES stories(id) ON DELETE SET NULL,
    content_hash TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_day ON articles(day, published);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_guid ON articles(guid);
CREATE INDEX articles_story ON articles(story_id);

-- Which sources carried an article (many-to-many).
CREATE TABLE article_sources (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    first_seen INTEGER NOT NULL,
    PRIMARY KEY (article_id, source_id)
) WITHOUT ROWID;
CREATE INDEX article_sources_source ON article_sources(source_id);

-- What the user did; a re-fetch never touches this table.
CREATE TABLE article_state (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    read       INTEGER NOT NULL DEFAULT 0,
    starred    INTEGER NOT NULL DEFAULT 0
);

-- Full-text index over articles (external content, kept in step by triggers).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, summary, content,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, summary, content)
    VALUES (new.id, new.title, new.summary, new.content);
END;

CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, summary, content)
    VALUES ('delete', old.id, old.title, old.summary, old.content);
END;

CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, summary, content ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, summary, content)
    VALUES ('delete', old.id, old.title, old.summary, old.content);
    INSERT INTO articles_fts(rowid, title, summary, content)
    VALUES (new.id, new.title, new.summary, new.content);
END;
