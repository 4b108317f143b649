-- Data quality over time: one row per load and validated table (GX suite), with how many
-- expectations failed or could not be evaluated and how many rows went to quarantine.
CREATE OR REPLACE VIEW data_quality AS
WITH checks AS (
    SELECT
        load_id,
        suite,
        min(validated_at) AS validated_at,
        count(DISTINCT validated_at) AS n_batches,
        count(*) AS n_checks,
        count(*) FILTER (WHERE NOT success) AS n_failed,
        count(*) FILTER (WHERE error IS NOT NULL) AS n_errors,
        round(avg(CASE WHEN success THEN 1.0 ELSE 0.0 END), 4) AS success_rate,
        max(element_count) AS max_rows_checked,
        coalesce(sum(unexpected_count), 0) AS unexpected_values,
        list(DISTINCT expectation ORDER BY expectation) FILTER (WHERE NOT success)
            AS failed_expectations
    FROM validation
    GROUP BY load_id, suite
),
quarantined AS (
    SELECT load_id, table_name AS suite, count(*) AS n_quarantined
    FROM quarantine
    GROUP BY load_id, table_name
)
SELECT
    c.load_id,
    l.started_at AS load_started_at,
    c.validated_at,
    c.suite,
    c.n_batches,
    c.n_checks,
    c.n_failed,
    c.n_errors,
    c.success_rate,
    c.max_rows_checked,
    c.unexpected_values,
    coalesce(q.n_quarantined, 0) AS n_quarantined,
    coalesce(c.failed_expectations, []) AS failed_expectations
FROM checks c
LEFT JOIN quarantined q ON q.load_id = c.load_id AND q.suite = c.suite
LEFT JOIN load l ON l.load_id = c.load_id;
