-- Feed entries whose page could not be fetched (a 404 before the page is live, a 500, a timeout). The feed's
-- validators are remembered even so, so an unchanged feed costs one 304; these entries are retried on their
-- own, with back-off, until they are stored or given up (next_try NULL). id: SHA-256 of feed URL and entry URL,
-- so the key stays short on PostgreSQL whatever the URLs' length.
CREATE TABLE feed_retry (
    id         VARCHAR(64)   NOT NULL PRIMARY KEY,
    feed_url   VARCHAR(4096) NOT NULL,
    link_url   VARCHAR(4096) NOT NULL,
    title      VARCHAR(4096),
    published  VARCHAR(64),
    attempts   INT           NOT NULL,
    next_try   TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(1024) NOT NULL
);
CREATE INDEX feed_retry_feed ON feed_retry (feed_url);
