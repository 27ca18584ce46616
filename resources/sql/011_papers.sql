-- Schema 11: papers sources (issue 13). A source says what its URL answers
-- with: 'feed' (RSS, Atom, RDF, JSON Feed), 'arxiv' (an arXiv RSS listing)
-- or 'hf-daily' (Hugging Face's daily papers JSON). An article made from a
-- paper keeps its arXiv facts beside it: the newest version seen, the
-- community upvotes (-1 = unknown; the highest seen), how the newest version
-- was announced, and whether it came without an abstract (kept with its
-- title only). How many arXiv listings carried it is counted from
-- article_sources, not stored.
ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT 'feed';

CREATE TABLE article_papers (
    article_id       INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    arxiv_id         TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    upvotes          INTEGER NOT NULL DEFAULT -1,
    announce_type    TEXT NOT NULL DEFAULT '',
    abstract_missing INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX article_papers_arxiv_id ON article_papers(arxiv_id);
