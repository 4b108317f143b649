-- Mentions of each entity per day, by the publication date of the articles that name it.
-- Articles without a publication date are left out (they have no day to count on).
CREATE OR REPLACE VIEW entity_daily_mentions AS
SELECT
    ae.entity_id,
    en.name,
    en.type,
    CAST(a.published_at AS DATE) AS day,
    count(DISTINCT ae.article_id) AS n_articles,
    count(DISTINCT a.domain) AS n_domains,
    sum(ae.mentions) AS mentions
FROM article_entity ae
JOIN article a USING (article_id)
JOIN entity en USING (entity_id)
WHERE a.published_at IS NOT NULL
GROUP BY ae.entity_id, en.name, en.type, CAST(a.published_at AS DATE);
