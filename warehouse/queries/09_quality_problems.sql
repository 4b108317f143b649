-- Did any load fail its quality checks, and what was held back?
-- Loads and tables with failed expectations or quarantined rows, newest first.
SELECT validated_at, load_id, suite AS table_name, n_failed AS failed_checks,
       n_quarantined AS quarantined_rows, failed_expectations
FROM data_quality
WHERE n_failed > 0 OR n_quarantined > 0
ORDER BY validated_at DESC, suite;
