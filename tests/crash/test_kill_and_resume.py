"""SIGKILL mid-run leaves the warehouse consistent; the next run completes with no duplicates."""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

NEWSETL = str(Path(sys.executable).parent / "newsetl")
PAGES = 60
WORDS = [
    "minister",
    "talks",
    "trade",
    "border",
    "treaty",
    "summit",
    "delegation",
    "ceasefire",
    "harvest",
    "port",
    "railway",
    "parliament",
    "budget",
    "reform",
    "election",
    "court",
    "protest",
    "grain",
    "energy",
    "pipeline",
    "drought",
    "flood",
    "vaccine",
    "festival",
    "museum",
    "bridge",
    "satellite",
    "fishery",
    "tariff",
    "customs",
    "airline",
    "strike",
]


def article_html(number: int) -> bytes:
    rng = random.Random(number)
    paragraphs = "".join(
        "<p>"
        + " ".join(rng.choice(WORDS) for _ in range(40)).capitalize()
        + f" (story {number}).</p>"
        for _ in range(6)
    )
    return (
        f"<html lang='en'><head><title>Story {number} of the day</title>"
        f"<meta property='article:published_time' content='2025-06-{1 + number % 28:02d}T10:00:00Z'>"
        f"</head><body><article><h1>Story {number} of the day</h1>{paragraphs}</article></body></html>"
    ).encode()


class Site(BaseHTTPRequestHandler):
    served = 0

    def do_GET(self):  # noqa: N802 (http.server's naming)
        if self.path == "/feed.xml":
            items = "".join(
                f"<item><title>Story {n}</title><link>http://{self.headers['Host']}/story/{n}</link></item>"
                for n in range(PAGES)
            )
            self._send(f"<rss><channel>{items}</channel></rss>".encode(), "application/rss+xml")
        elif self.path.startswith("/story/"):
            type(self).served += 1
            time.sleep(0.1)
            self._send(article_html(int(self.path.rsplit("/", 1)[1])), "text/html; charset=utf-8")
        else:
            self.send_error(404)

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()


def ingest(feed: str, warehouse: Path, api_url: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "PREFECT_API_URL": api_url,
        "NEWSETL_BATCH_SIZE": "10",
        "NEWSETL_PER_HOST_DELAY_S": "0",
        "NEWSETL_PER_HOST_CONCURRENCY": "4",
    }
    return subprocess.Popen(
        [
            NEWSETL,
            "--quiet",
            "ingest",
            feed,
            "--warehouse",
            str(warehouse),
            "--allow-private-networks",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_killed_run_is_completed_by_the_next_with_no_duplicates(site, prefect_server, tmp_path):
    warehouse = tmp_path / "crash.duckdb"
    first = ingest(site, warehouse, prefect_server)
    deadline = time.monotonic() + 240
    while Site.served < PAGES // 2 and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.05)
    assert first.poll() is None, f"the run ended before it could be killed: {first.communicate()}"
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)

    with duckdb.connect(str(warehouse), read_only=True) as con:  # opens: the WAL replays cleanly
        partial = con.execute("SELECT count(*) FROM article").fetchone()[0]
    assert partial < PAGES

    second = ingest(site, warehouse, prefect_server)
    out, err = second.communicate(timeout=600)
    assert second.returncode == 0, err

    with duckdb.connect(str(warehouse), read_only=True) as con:
        articles = con.execute(
            "SELECT count(*), count(DISTINCT canonical_url) FROM article"
        ).fetchone()
        assert articles == (PAGES, PAGES)
        urls = con.execute("SELECT count(*), count(DISTINCT url) FROM article_url").fetchone()
        assert urls[0] == urls[1]
        dangling = con.execute(
            "SELECT count(*) FROM article_url u LEFT JOIN article a USING (article_id) WHERE a.article_id IS NULL"
        ).fetchone()[0]
        assert dangling == 0
        statuses = con.execute("SELECT status, count(*) FROM load GROUP BY status").fetchall()
    assert dict(statuses) == {"completed": 1, "interrupted": 1}
