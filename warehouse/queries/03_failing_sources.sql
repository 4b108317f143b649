-- Which sources fail most, and how?
-- Every domain's fetch attempts, failures and the error it gives most often.
SELECT domain, sum(n_urls) AS urls, sum(n_failed) AS failed,
       round(sum(n_failed) / sum(n_urls), 3) AS failure_rate,
       sum(n_retries) AS retries,
       mode(most_common_error) AS typical_error
FROM source_health
GROUP BY domain
ORDER BY failure_rate DESC, failed DESC, domain;
