-- Fetch outcomes per domain per day: how often each source answered, failed or was unchanged.
-- The domain is the host asked for, lower-cased and without a leading "www.".
CREATE OR REPLACE VIEW source_health AS
WITH attempts AS (
    SELECT
        coalesce(
            nullif(regexp_replace(lower(regexp_extract(url, '^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/?#]*@)?([^:/?#]+)', 1)), '^www\.', ''), ''),
            '(no host)'
        ) AS domain,
        CAST(fetched_at AS DATE) AS day,
        outcome,
        status_code,
        error,
        attempts,
        elapsed_ms
    FROM fetch_log
)
SELECT
    domain,
    day,
    count(*) AS n_urls,
    count(*) FILTER (WHERE outcome = 'fetched') AS n_fetched,
    count(*) FILTER (WHERE outcome = 'not_modified') AS n_not_modified,
    count(*) FILTER (WHERE outcome NOT IN ('fetched', 'not_modified')) AS n_failed,
    round(count(*) FILTER (WHERE outcome NOT IN ('fetched', 'not_modified')) / count(*), 4)
        AS failure_rate,
    histogram(outcome) AS outcomes,
    mode(error) FILTER (WHERE error IS NOT NULL) AS most_common_error,
    sum(greatest(attempts - 1, 0)) AS n_retries,
    median(elapsed_ms) AS median_elapsed_ms,
    quantile_cont(elapsed_ms, 0.95) AS p95_elapsed_ms
FROM attempts
GROUP BY domain, day;
