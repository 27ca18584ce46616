-- Schema 8: what the profile's local classifier learns from (issue 11).
-- Every manual move of an article and every LLM verdict is kept as a
-- labelled example, in order, so that a lost or damaged model file can be
-- rebuilt from the shipped weights by replaying them. The text is copied:
-- an example outlives its article.
CREATE TABLE classifier_examples (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    title        TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL DEFAULT '',
    is_ai        INTEGER NOT NULL,
    category_key TEXT NOT NULL DEFAULT '',     -- '' when not about AI
    origin       TEXT NOT NULL CHECK (origin IN ('user', 'llm', 'description')),
    created_at   INTEGER NOT NULL              -- ms since epoch, UTC
);
CREATE INDEX classifier_examples_article ON classifier_examples(article_id);
