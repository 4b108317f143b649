-- Core tables: the contract of DESIGN.md. Timestamps are UTC.

CREATE TABLE IF NOT EXISTS load (
    load_id      VARCHAR PRIMARY KEY,
    flow_run_id  VARCHAR,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    status       VARCHAR NOT NULL DEFAULT 'running',
    counts       JSON
);

CREATE TABLE IF NOT EXISTS article (
    article_id    VARCHAR PRIMARY KEY,
    canonical_url VARCHAR,
    domain        VARCHAR,
    title         VARCHAR,
    text          VARCHAR NOT NULL,
    authors       VARCHAR[],
    published_at  TIMESTAMP,
    modified_at   TIMESTAMP,
    language      VARCHAR,
    site_name     VARCHAR,
    description   VARCHAR,
    word_count    INTEGER NOT NULL,
    content_hash  VARCHAR NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 1,
    first_seen_at TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL,
    load_id       VARCHAR
);

CREATE TABLE IF NOT EXISTS article_url (
    url           VARCHAR PRIMARY KEY,
    article_id    VARCHAR NOT NULL,
    relation      VARCHAR NOT NULL,
    similarity    DOUBLE NOT NULL DEFAULT 1.0,
    content_hash  VARCHAR,
    first_seen_at TIMESTAMP NOT NULL,
    load_id       VARCHAR
);

CREATE TABLE IF NOT EXISTS entity (
    entity_id     VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    type          VARCHAR NOT NULL,
    aliases       VARCHAR[],
    role          VARCHAR,
    affiliation   VARCHAR,
    first_seen_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS article_entity (
    article_id VARCHAR NOT NULL,
    entity_id  VARCHAR NOT NULL,
    mentions   INTEGER NOT NULL,
    salience   DOUBLE,
    PRIMARY KEY (article_id, entity_id)
);

CREATE TABLE IF NOT EXISTS event (
    event_id         VARCHAR PRIMARY KEY,
    cameo_code       VARCHAR NOT NULL,
    root_code        VARCHAR NOT NULL,
    label            VARCHAR NOT NULL,
    actor1_entity_id VARCHAR,
    actor2_entity_id VARCHAR,
    place_entity_id  VARCHAR,
    event_date       DATE,
    date_precision   VARCHAR NOT NULL DEFAULT 'unknown',
    modality         VARCHAR NOT NULL DEFAULT 'asserted',
    first_seen_at    TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS event_mention (
    event_id   VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    sentence   VARCHAR NOT NULL,
    PRIMARY KEY (event_id, article_id, sentence)
);

CREATE TABLE IF NOT EXISTS fetch_log (
    url          VARCHAR NOT NULL,
    final_url    VARCHAR,
    status_code  INTEGER,
    outcome      VARCHAR NOT NULL,
    error        VARCHAR,
    attempts     INTEGER NOT NULL DEFAULT 0,
    elapsed_ms   DOUBLE,
    content_type VARCHAR,
    etag         VARCHAR,
    last_modified VARCHAR,
    body_sha256  VARCHAR,
    fetched_at   TIMESTAMP NOT NULL,
    load_id      VARCHAR
);

CREATE TABLE IF NOT EXISTS quarantine (
    table_name          VARCHAR NOT NULL,
    record_key          VARCHAR NOT NULL,
    failed_expectations VARCHAR[] NOT NULL,
    payload             JSON,
    quarantined_at      TIMESTAMP NOT NULL,
    load_id             VARCHAR
);
