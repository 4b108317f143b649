-- Which articles are about sanctions, best match first?
-- Full-text search (BM25 over titles and texts) from SQL; `newsetl search sanctions` shows snippets.
SELECT title, domain, CAST(published_at AS DATE) AS published,
       round(fts_main_article.match_bm25(article_id, 'sanctions'), 3) AS score
FROM article
WHERE score IS NOT NULL
ORDER BY score DESC
LIMIT 10;
