-- Schema 2: categories, classification, the user's own category,
-- section summaries with their provenance, token usage, and summary search.

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    emoji       TEXT NOT NULL DEFAULT '',
    color       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    keywords    TEXT NOT NULL DEFAULT '[]',  -- JSON array
    position    INTEGER NOT NULL DEFAULT 0
);

-- The machine's verdict (offline classifier, LLM, or imported history).
CREATE TABLE classifications (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    is_ai       INTEGER NOT NULL DEFAULT 1,
    confidence  REAL NOT NULL DEFAULT 0,
    origin      TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL
);
CREATE INDEX classifications_category ON classifications(category_id);

-- The user's own choice lives with the rest of the user state and wins.
ALTER TABLE article_state ADD COLUMN user_category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL;
ALTER TABLE article_state ADD COLUMN user_is_ai INTEGER;

CREATE TABLE summaries (
    id             INTEGER PRIMARY KEY,
    day            TEXT NOT NULL,
    category_id    INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    provider       TEXT NOT NULL DEFAULT '',
    model          TEXT NOT NULL DEFAULT '',
    prompt_version TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT '',
    tokens_in      INTEGER NOT NULL DEFAULT 0,
    tokens_out     INTEGER NOT NULL DEFAULT 0,
    elapsed_ms     INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER,
    input_hash     TEXT NOT NULL DEFAULT '',
    markdown       TEXT NOT NULL DEFAULT '',
    doc_json       TEXT NOT NULL DEFAULT '',
    error          TEXT NOT NULL DEFAULT '',
    UNIQUE (day, category_id)
);

CREATE TABLE usage (
    id         INTEGER PRIMARY KEY,
    day        TEXT NOT NULL,
    provider   TEXT NOT NULL,
    model      TEXT NOT NULL DEFAULT '',
    tokens_in  INTEGER NOT NULL DEFAULT 0,
    tokens_out INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX usage_day ON usage(day);

CREATE VIRTUAL TABLE summaries_fts USING fts5(
    markdown,
    content='summaries', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER summaries_fts_ai AFTER INSERT ON summaries BEGIN
    INSERT INTO summaries_fts(rowid, markdown) VALUES (new.id, new.markdown);
END;

CREATE TRIGGER summaries_fts_ad AFTER DELETE ON summaries BEGIN
    INSERT INTO summaries_fts(summaries_fts, rowid, markdown) VALUES ('delete', old.id, old.markdown);
END;

CREATE TRIGGER summaries_fts_au AFTER UPDATE OF markdown ON summaries BEGIN
    INSERT INTO summaries_fts(summaries_fts, rowid, markdown) VALUES ('delete', old.id, old.markdown);
    INSERT INTO summaries_fts(rowid, markdown) VALUES (new.id, new.markdown);
END;
