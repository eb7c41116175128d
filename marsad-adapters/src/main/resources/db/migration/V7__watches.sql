-- Watchlists and alerts (see docs/ALERTS.md). The same SQL runs on H2 and PostgreSQL.
-- A watch: a saved search (words and filters) and/or an entity key, with where to send its alerts. secret signs
-- its webhook calls (HMAC-SHA256); it is shown once, when the watch is created.
CREATE TABLE watch (
    id          VARCHAR(32)   NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    search_text VARCHAR(1000) NOT NULL,
    outlet      VARCHAR(400),
    from_day    DATE,
    to_day      DATE,
    entity_key  VARCHAR(400),
    webhook_url VARCHAR(2048),
    email       VARCHAR(320),
    secret      VARCHAR(128)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One alert per watch and story, never two: the key is what makes "once per story, not once per copy" survive a
-- restart. payload: the alert's JSON as sent to webhooks (and shown in the watch's feed and e-mails).
CREATE TABLE watch_alert (
    watch_id   VARCHAR(32)   NOT NULL,
    story_id   VARCHAR(64)   NOT NULL,
    article_id VARCHAR(64)   NOT NULL,
    fired_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    payload    TEXT          NOT NULL,
    CONSTRAINT watch_alert_pk PRIMARY KEY (watch_id, story_id),
    CONSTRAINT watch_alert_watch FOREIGN KEY (watch_id) REFERENCES watch (id) ON DELETE CASCADE
);
CREATE INDEX watch_alert_fired ON watch_alert (watch_id, fired_at);

-- Each alert's sending on each channel (webhook, email), written with the alert in one transaction so that a
-- restart sends what was pending. next_try: when to try again; NULL once delivered or given up.
CREATE TABLE alert_delivery (
    id           VARCHAR(32)   NOT NULL PRIMARY KEY,
    watch_id     VARCHAR(32)   NOT NULL,
    story_id     VARCHAR(64)   NOT NULL,
    channel      VARCHAR(16)   NOT NULL,
    attempts     INT           NOT NULL,
    next_try     TIMESTAMP WITH TIME ZONE,
    delivered_at TIMESTAMP WITH TIME ZONE,
    last_error   VARCHAR(1024),
    CONSTRAINT alert_delivery_alert FOREIGN KEY (watch_id, story_id)
        REFERENCES watch_alert (watch_id, story_id) ON DELETE CASCADE
);
CREATE INDEX alert_delivery_due ON alert_delivery (next_try);
