-- What ranks a story on the front page (dev.marsad.model.StoryStanding), kept beside its body so that a page of
-- stories is ranked from these columns and only the page's bodies are read and parsed. Written with each story
-- row; rows written before this version have NULLs, filled from their bodies the first time they are read.
-- latest_second, latest_nano: the latest publication instant (exact, for Java's comparison); NULL when none.
ALTER TABLE story ADD COLUMN latest_second BIGINT;
ALTER TABLE story ADD COLUMN latest_nano INTEGER;
ALTER TABLE story ADD COLUMN outlets INTEGER;
ALTER TABLE story ADD COLUMN recent_outlets INTEGER;

-- Counts the writes of stories (by any process on the store): readers keep the ranked standings until it moves.
ALTER TABLE story_clock ADD COLUMN stories_written BIGINT DEFAULT 0 NOT NULL;
