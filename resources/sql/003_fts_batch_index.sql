-- Schema 3: new articles are added to the full-text index once per ingest
-- batch (one statement) instead of by a per-row trigger; FTS5 flushed its
-- pending terms at every statement savepoint, which made ingest 5x slower.
-- Updates and deletes keep their triggers (rare).
DROP TRIGGER IF EXISTS articles_fts_ai;
