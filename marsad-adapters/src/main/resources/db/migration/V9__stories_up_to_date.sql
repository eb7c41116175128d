-- The count of stored articles the story rows were last completely written for (-1: not known). When it equals
-- story_clock.placed, the last writer stopped cleanly (no article stored after its stories were written): a
-- process starting on the store shows the stored stories as they are instead of replaying every article first.
-- Existing stores start as not known, so their first start replays once and marks them.
ALTER TABLE story_clock ADD COLUMN stories_at BIGINT DEFAULT -1 NOT NULL;
