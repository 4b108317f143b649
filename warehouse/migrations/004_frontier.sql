-- The crawl frontier: every URL seen, when it was last fetched and when it is due again.
CREATE TABLE IF NOT EXISTS frontier (
    url             VARCHAR PRIMARY KEY,
    first_seen_at   TIMESTAMP NOT NULL,
    last_fetched_at TIMESTAMP,
    last_outcome    VARCHAR,
    fetch_count     INTEGER NOT NULL DEFAULT 0,
    failure_count   INTEGER NOT NULL DEFAULT 0,
    published_at    TIMESTAMP,
    next_fetch_at   TIMESTAMP  -- NULL: not due again
);
