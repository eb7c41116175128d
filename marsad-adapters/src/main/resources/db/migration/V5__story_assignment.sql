-- Stories kept up to date one article at a time (docs/INGEST.md, "Stories as articles arrive").
-- The story rows are derived data: every process rebuilds its story engine from the stored articles and rewrites
-- whatever differs, so the old table, replaced as a whole by each regrouping, is dropped rather than converted.
DROP TABLE story;

-- One row per story, written (inserted or replaced) when one of its articles arrives. Readers order by size,
-- then latest publication date, then id: the order of `marsad cluster`.
CREATE TABLE story (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    size         INTEGER      NOT NULL,
    latest       VARCHAR(64)  NOT NULL,
    json_format  INTEGER      NOT NULL,
    body         TEXT         NOT NULL
);
CREATE INDEX story_order ON story (size, latest);

-- Which story each stored article is in, written in the transaction that stores the article (or, for an
-- article that came out of publication order, by the regrouping that places it): search hits and quotations
-- find their story here instead of walking every story.
CREATE TABLE story_member (
    article_id VARCHAR(64) NOT NULL PRIMARY KEY,
    story_id   VARCHAR(64) NOT NULL
);
CREATE INDEX story_member_story ON story_member (story_id);

-- One row, locked (SELECT ... FOR UPDATE) by each transaction that stores articles, so that writers in
-- separate processes (serve beside watch) store and place one at a time and each sees the others' articles
-- before placing its own. placed: articles stored so far (to notice another writer's).
CREATE TABLE story_clock (
    id     INTEGER NOT NULL PRIMARY KEY,
    placed BIGINT  NOT NULL
);
INSERT INTO story_clock (id, placed) SELECT 1, COUNT(*) FROM article;
