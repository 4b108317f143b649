"""`reprocess` rebuilds articles from the raw archive, with nothing fetched again."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest
from prefect.settings import PREFECT_TASKS_REFRESH_CACHE, temporary_settings

import newsetl.copies
from flows.ingest import ingest
from flows.reprocess import reprocess
from newsetl.demo.content import original_articles
from newsetl.demo.pages import render_article_page

STORY = original_articles()[0]
SHORT_NOTE = (
    "<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>"
    "<p>The harbour authority said the northern port reopened on Monday after two weeks"
    " of repairs, and the first ferries left for the islands.</p>"
    "</article></body></html>"
)


class Site(BaseHTTPRequestHandler):
    pages = {"/story": render_article_page(STORY, original_articles()), "/note": SHORT_NOTE}
    requests = 0

    def do_GET(self):  # noqa: N802 (http.server's naming)
        if self.path not in self.pages:  # robots.txt too: no rules
            self.send_error(404)
            return
        Site.requests += 1
        body = self.pages[self.path].encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def loaded(prefect_api, tmp_path):
    """A warehouse with the story loaded and the short note logged as no_article_text;
    the site is gone afterwards."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = tmp_path / "urls.txt"
    urls.write_text(
        f"http://127.0.0.1:{server.server_port}/story\nhttp://127.0.0.1:{server.server_port}/note\n"
    )
    warehouse = tmp_path / "w.duckdb"
    try:
        ingest([str(urls)], warehouse=str(warehouse), allow_private_networks=True)
    finally:
        server.shutdown()
        server.server_close()
    return warehouse


def query(warehouse, sql):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_an_improved_cleaner_turns_archived_pages_into_articles(loaded, monkeypatch):
    assert query(loaded, "SELECT count(*) FROM article") == [(1,)]
    assert ("no_article_text",) in query(loaded, "SELECT outcome FROM fetch_log")
    fetches = query(loaded, "SELECT count(*) FROM fetch_log")
    requests = Site.requests

    # The "improvement": notices of 20-odd words count as articles from now on.
    monkeypatch.setattr(newsetl.copies, "MIN_WORDS", 20)
    with temporary_settings(updates={PREFECT_TASKS_REFRESH_CACHE: True}):
        reprocess(warehouse=str(loaded))

    titles = {row[0] for row in query(loaded, "SELECT title FROM article")}
    assert titles == {STORY.headline, "Port reopens"}
    assert query(loaded, "SELECT max(revision) FROM article") == [(1,)]
    assert query(loaded, "SELECT count(*) FROM fetch_log") == fetches
    assert Site.requests == requests  # nothing was fetched again
    assert query(loaded, "SELECT status FROM load ORDER BY started_at") == [
        ("completed",),
        ("completed",),
    ]


def test_reprocessing_with_nothing_improved_changes_nothing(loaded):
    tables = ("article", "article_url", "entity", "article_entity", "event", "event_mention")

    def counts():
        return {table: query(loaded, f"SELECT count(*) FROM {table}")[0][0] for table in tables}

    before = counts()
    reprocess(warehouse=str(loaded))
    assert counts() == before
    assert query(loaded, "SELECT max(revision) FROM article") == [(1,)]
