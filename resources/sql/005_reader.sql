-- Schema 5: the reader. Per-source reading options, the full text fetched
-- from article pages (kept apart from the immutable feed content), images
-- cached for offline reading, and the day's briefing.

-- off | on | auto (auto: fetch when the feed's text is shorter than ~80 words)
ALTER TABLE sources ADD COLUMN full_text TEXT NOT NULL DEFAULT 'off';
ALTER TABLE sources ADD COLUMN load_images INTEGER NOT NULL DEFAULT 0;

-- One row per article whose page was fetched (or tried).
CREATE TABLE article_fulltext (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    state        TEXT NOT NULL,               -- ok | failed
    title        TEXT NOT NULL DEFAULT '',
    byline       TEXT NOT NULL DEFAULT '',
    excerpt      TEXT NOT NULL DEFAULT '',
    html         TEXT NOT NULL DEFAULT '',    -- sanitised
    text         TEXT NOT NULL DEFAULT '',    -- plain text of html
    word_count   INTEGER NOT NULL DEFAULT 0,
    error        TEXT NOT NULL DEFAULT '',    -- readable reason when failed
    attempts     INTEGER NOT NULL DEFAULT 0,
    fetched_at   INTEGER,                     -- ms since epoch, UTC
    next_attempt INTEGER                      -- no retry before this (backoff)
);
CREATE INDEX article_fulltext_state ON article_fulltext(state);

-- Images of articles from sources with load_images on, by absolute URL.
CREATE TABLE images (
    url          TEXT PRIMARY KEY,
    content_type TEXT NOT NULL DEFAULT '',
    data         BLOB,
    error        TEXT NOT NULL DEFAULT '',
    fetched_at   INTEGER NOT NULL
);

-- The day's briefing: the developments that matter most.
CREATE TABLE briefings (
    day            TEXT PRIMARY KEY,
    provider       TEXT NOT NULL DEFAULT '',  -- '' = offline
    model          TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT '',
    input_hash     TEXT NOT NULL DEFAULT '',
    doc_json       TEXT NOT NULL DEFAULT '',
    tokens_in      INTEGER NOT NULL DEFAULT 0,
    tokens_out     INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER,
    error          TEXT NOT NULL DEFAULT ''
);

CREATE INDEX article_state_starred ON article_state(starred) WHERE starred = 1;
