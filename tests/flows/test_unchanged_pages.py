"""A server that sends no ETag or Last-Modified: unchanged pages are not re-processed."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest

from flows.ingest import ingest
from newsetl.demo.content import original_articles
from newsetl.demo.pages import render_article_page

ARTICLES = original_articles()[:3]


class NoValidators(BaseHTTPRequestHandler):
    """Serves a few article pages in full every time, with no validators."""

    pages = {f"/story/{n}": render_article_page(a, ARTICLES) for n, a in enumerate(ARTICLES)}

    def do_GET(self):  # noqa: N802 (http.server's naming)
        page = self.pages.get(self.path)
        if page is None:
            self.send_response(404)
            self.end_headers()
            return
        body = page.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), NoValidators)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_a_page_sent_again_in_full_but_unchanged_is_not_modified(prefect_api, site, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text("".join(f"{site}{path}\n" for path in NoValidators.pages))
    warehouse = tmp_path / "w.duckdb"
    for _ in range(2):
        ingest([str(urls)], warehouse=str(warehouse), allow_private_networks=True)
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
