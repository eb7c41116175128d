-- What each polled feed or sitemap last answered (ETag, Last-Modified), so that a later run, even a new
-- process (`watch --once` from cron), sends a conditional GET and an unchanged feed costs one 304.
CREATE TABLE feed_state (
    url           VARCHAR(4096) NOT NULL PRIMARY KEY,
    etag          VARCHAR(1024),
    last_modified VARCHAR(256),
    checked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
