-- Schema 7: stories across sources and days (issue 11).
-- Ingest still gives near-identical titles of a day one story (StoryKey);
-- the digest build then merges the day's stories that tell the same event
-- in other words (digest::StoryClusterer, articles.story_id rewritten) and
-- links each story to the same story on the days before: thread_id is the
-- id of the thread's first story (NULL: the story starts its own thread).
-- The index is partial: ingest inserts stories with no thread, so it costs
-- ingest nothing; a thread is looked up as (thread_id = T OR id = T).
ALTER TABLE stories ADD COLUMN thread_id INTEGER;
CREATE INDEX stories_thread ON stories(thread_id) WHERE thread_id IS NOT NULL;
