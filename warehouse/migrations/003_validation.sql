-- Every expectation's outcome on every batch, so data quality over time is a SQL query.
-- One row per (load, suite, expectation, batch); a batch's rows share validated_at,
-- which is also the run time of its Data Docs pages.

CREATE TABLE IF NOT EXISTS validation (
    load_id            VARCHAR NOT NULL,
    suite              VARCHAR NOT NULL,   -- the table validated
    expectation        VARCHAR NOT NULL,   -- readable: type(columns)
    expectation_type   VARCHAR NOT NULL,
    column_names       VARCHAR,            -- the checked column(s), comma-separated
    kwargs             JSON,               -- bounds, value sets (long ones summarised), ...
    success            BOOLEAN NOT NULL,
    element_count      BIGINT,
    unexpected_count   BIGINT,
    unexpected_percent DOUBLE,
    error              VARCHAR,            -- why GX could not evaluate it, if it could not
    validated_at       TIMESTAMP NOT NULL
);
