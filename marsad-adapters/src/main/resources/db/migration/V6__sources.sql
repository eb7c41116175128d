-- The sources that `watch --sources FILE` polls, with their settings from the file and their health, written
-- by `watch` after each poll of the source and read by `serve` (/api/sources, /sources). Keyed by the source's
-- name; file: the sources file that lists it, so a source dropped from that file is dropped here too.
CREATE TABLE watched_source (
    name             VARCHAR(200)  NOT NULL PRIMARY KEY,
    file             VARCHAR(4096) NOT NULL,
    url              VARCHAR(4096) NOT NULL,
    outlet           VARCHAR(200),
    language         VARCHAR(16),
    country          VARCHAR(16),
    interval_seconds BIGINT        NOT NULL,
    last_poll        TIMESTAMP WITH TIME ZONE,
    last_success     TIMESTAMP WITH TIME ZONE,
    last_new_article TIMESTAMP WITH TIME ZONE,
    errors_in_row    INT           NOT NULL,
    last_error       VARCHAR(1024),
    next_poll        TIMESTAMP WITH TIME ZONE,
    polls            BIGINT        NOT NULL,
    articles_stored  BIGINT        NOT NULL
);
CREATE INDEX watched_source_file ON watched_source (file);
