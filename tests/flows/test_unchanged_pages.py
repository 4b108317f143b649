"""A server that sends no ETag or Last-Modified: unchanged pages are not re-processed."""

import duckdb

from flows.ingest import ingest
from newsetl.demo.content import original_articles
from newsetl.demo.pages import render_article_page
from tests.page_server import serve_pages

ARTICLES = original_articles()[:3]
PAGES = {f"/story/{n}": render_article_page(a, ARTICLES) for n, a in enumerate(ARTICLES)}


def test_a_page_sent_again_in_full_but_unchanged_is_not_modified(prefect_api, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    with serve_pages(PAGES) as site:
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(f"{site.url(path)}\n" for path in PAGES))
        for _ in range(2):
            ingest([str(urls)], warehouse=str(warehouse), allow_private_networks=True)
    assert len(site.hits) == 6  # each page was sent in full twice
    with duckdb.connect(str(warehouse), read_only=True) as con:
        outcomes = con.execute(
            """
            SELECT outcome, status_code, count(*) FROM fetch_log WHERE url LIKE 'http%'
            GROUP BY ALL ORDER BY outcome
            """
        ).fetchall()
        revisions = con.execute("SELECT count(*), max(revision) FROM article").fetchone()
    assert outcomes == [("fetched", 200, 3), ("not_modified", 200, 3)]
    assert revisions == (3, 1)
