-- Feeds are polled again and again: finding whether an entry's URL is already stored must not scan the table.
CREATE INDEX article_source ON article (source);
