-- Which stories were copied or syndicated, and where?
-- URLs merged into another article as exact or near duplicates, with how alike they were.
SELECT a.title, a.domain AS kept_from, u.url AS copy, u.relation, round(u.similarity, 2) AS similarity
FROM article_url u
JOIN article a USING (article_id)
WHERE u.relation IN ('exact_duplicate', 'near_duplicate')
ORDER BY a.title, u.url;
