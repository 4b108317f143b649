-- Dedupe state (owned by newsetl.dedupe): every copy of every story, each distinct
-- text's MinHash signature, and its LSH band keys, so a new copy is compared with
-- everything loaded before, in later runs too. No primary keys: DuckDB keeps ART
-- indexes in memory, and these tables are written by delete-then-insert per key.

-- One row per URL or document (file:// URI) that resolved to an article.
CREATE TABLE IF NOT EXISTS dedupe_copy (
    url            VARCHAR NOT NULL,   -- canonicalised URL, or the document's file:// URI
    article_id     VARCHAR NOT NULL,
    content_hash   VARCHAR NOT NULL,   -- newsetl.dedupe.text_hash of this copy's text
    canonical_url  VARCHAR,            -- the copy's own canonical page URL, if any
    title          VARCHAR,
    authors        VARCHAR[],
    published_at   TIMESTAMP,
    modified_at    TIMESTAMP,
    language       VARCHAR,
    site_name      VARCHAR,
    description    VARCHAR,
    word_count     INTEGER NOT NULL,
    metadata_score INTEGER NOT NULL,   -- how complete its metadata is (higher is better)
    noise          INTEGER NOT NULL,   -- markup and furniture left in its text (lower is better)
    relation       VARCHAR NOT NULL,
    similarity     DOUBLE NOT NULL,
    first_seen_at  TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL
);

-- One row per distinct text (content hash) and the article it belongs to.
CREATE TABLE IF NOT EXISTS dedupe_text (
    content_hash VARCHAR NOT NULL,
    content_key  BIGINT NOT NULL,      -- first 63 bits of content_hash: the band table's key
    article_id   VARCHAR NOT NULL,
    signature    BLOB NOT NULL,        -- MinHash signature, uint32 little-endian
    word_count   INTEGER NOT NULL,
    created_at   TIMESTAMP NOT NULL
);

-- LSH buckets: one row per band of each text's signature (the band number is mixed in).
CREATE TABLE IF NOT EXISTS dedupe_band (
    bucket      UBIGINT NOT NULL,
    content_key BIGINT NOT NULL
);

-- Which copy represents each article (its text is article.text), and its rank.
CREATE TABLE IF NOT EXISTS dedupe_article (
    article_id         VARCHAR NOT NULL,
    representative_url VARCHAR,
    content_hash       VARCHAR NOT NULL,
    metadata_score     INTEGER NOT NULL,
    noise              INTEGER NOT NULL,
    word_count         INTEGER NOT NULL,
    updated_at         TIMESTAMP NOT NULL
);

-- The signing scheme the stored signatures were made with; signatures made with
-- another scheme cannot be compared, so newsetl.dedupe refuses to mix them.
CREATE TABLE IF NOT EXISTS dedupe_scheme (
    num_perm      INTEGER NOT NULL,
    shingle_size  INTEGER NOT NULL,
    seed          BIGINT NOT NULL,
    bands         INTEGER NOT NULL,
    rows_per_band INTEGER NOT NULL,
    created_at    TIMESTAMP NOT NULL
);
