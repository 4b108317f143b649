"""Issue 8, end to end: a crawl of good pages and hostile endpoints, through the CLI, twice.

One fault server on 127.0.0.1 answers for the sample sites' host names (routed
with NEWSETL_CONNECT_TO) with realistic article pages, and on 127.0.0.1 itself
with one misbehaving endpoint per fault, and for dead.test with replies slower
than the timeout. ``newsetl ingest LIST.txt`` runs in a
subprocess against the session's Prefect server. The first run must load every
good page and record every bad URL with its named outcome; robots.txt must
keep the crawler off /private/. The second run must add nothing and re-fetch
the good pages with conditional requests, answered 304.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fetch"))

from fault_server import FaultServer  # noqa: E402
from news_pages import NEWS_HOSTS, news_page, news_path, news_url  # noqa: E402

from newsetl.fetch import FetchSettings  # noqa: E402
from newsetl.warehouse.reads import table_counts  # noqa: E402

NEWSETL = Path(sys.executable).parent / "newsetl"
GOOD_PAGES = range(1, 7)
RATE_LIMITED_PATH = "/ratelimited-news/7"  # 429 + Retry-After on the first visit, then the page
LYING_CHARSET_PATH = "/lying-news/8"  # windows-1252 bytes under a UTF-8 header and meta tag
# A host whose every reply is slower than the timeout: its URLs must not cost
# URLs x attempts x timeout, the fetcher gives the host up after a few failures.
DEAD_HOST = "dead.test"
DEAD_HOST_URLS = 12
# Loose enough for a page on a loaded CI machine, far below the 5 s slow replies.
FETCH_TIMEOUT_S = 2.0
PER_HOST_CONCURRENCY = 4
KNOWLEDGE_TABLES = ("article", "article_url", "entity", "article_entity", "event", "event_mention")


@dataclass(frozen=True)
class Bad:
    path: str
    outcome: str
    status_code: int | None = None
    attempts: int | None = None


BAD = (
    Bad("/status/404", "http_error", 404, 1),
    Bad("/status/500", "http_error", 500, 3),  # retried, then recorded
    Bad("/always-429?after=1", "http_error", 429, 3),
    Bad("/slow-headers?s=5", "timeout", None, 3),  # slower than NEWSETL_FETCH_TIMEOUT_S
    Bad("/huge-declared", "too_large"),
    Bad("/huge-chunked", "too_large"),
    Bad("/gzip-bomb", "too_large"),
    Bad("/loop/a", "redirect_loop"),
    Bad("/pdf", "not_html"),
    Bad("/png-as-html", "decode_error"),
    Bad("/private/secret", "robots_disallowed", None, 1),
)
NO_TEXT_PATH = "/no-text"


@dataclass
class Crawl:
    server: FaultServer
    warehouse: Path
    list_file: Path
    env: dict[str, str]

    def good_urls(self) -> dict[str, str]:
        """URL -> path the server sees, for every page that must load."""
        urls = {news_url(n): news_path(n) for n in GOOD_PAGES}
        for path in (RATE_LIMITED_PATH, LYING_CHARSET_PATH):
            urls[f"http://{NEWS_HOSTS[0]}{path}"] = path
        return urls

    def dead_urls(self) -> list[str]:
        return [f"http://{DEAD_HOST}/slow-headers/{n}?s=5" for n in range(DEAD_HOST_URLS)]

    def bad_urls(self) -> dict[str, Bad]:
        return {self.server.url(bad.path): bad for bad in BAD}

    def run(self) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(NEWSETL), "ingest", str(self.list_file), "--warehouse", str(self.warehouse)]
            + ["--allow-private-networks"],
            env=self.env,
            cwd=self.warehouse.parent,
            capture_output=True,
            text=True,
            timeout=240,
        )

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            return con.execute(sql, params or []).fetchall()

    def counts(self) -> dict[str, int]:
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            return table_counts(con)


def crawl_env(server: FaultServer, prefect_api: str, home: Path) -> dict[str, str]:
    routes = {f"{host}:80": ["127.0.0.1", server.port] for host in (*NEWS_HOSTS, DEAD_HOST)}
    return {
        **os.environ,
        "PREFECT_API_URL": prefect_api,
        "NEWSETL_CONFIG": str(home / "no-such-config.yaml"),
        "NEWSETL_CONNECT_TO": json.dumps(routes),
        "NEWSETL_FETCH_TIMEOUT_S": str(FETCH_TIMEOUT_S),
        "NEWSETL_MAX_BODY_BYTES": str(1024 * 1024),
        "NEWSETL_PER_HOST_DELAY_S": "0",
        "NEWSETL_PER_HOST_CONCURRENCY": str(PER_HOST_CONCURRENCY),
        "NEWSETL_QUIET": "1",
        "GX_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "true",
    }


@pytest.fixture(scope="module")
def crawl(prefect_server, tmp_path_factory):
    home = tmp_path_factory.mktemp("hostile")
    with FaultServer() as server:
        crawl = Crawl(
            server,
            home / "hostile.duckdb",
            home / "urls.txt",
            crawl_env(server, prefect_server, home),
        )
        urls = [*crawl.good_urls(), *crawl.bad_urls(), *crawl.dead_urls(), server.url(NO_TEXT_PATH)]
        crawl.list_file.write_text(
            "# issue 8: good pages and hostile endpoints\n" + "\n".join(urls) + "\n"
        )
        yield crawl


@pytest.fixture(scope="module")
def first_run(crawl):
    result = crawl.run()
    assert result.returncode == 0, result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def second_run(crawl, first_run):
    before = crawl.counts()
    hits_before = len(crawl.server.log.hits)
    result = crawl.run()
    assert result.returncode == 0, result.stderr[-3000:]
    return before, crawl.server.log.hits[hits_before:]


def latest_fetches(crawl: Crawl) -> dict[str, tuple]:
    rows = crawl.query(
        """
        SELECT url, arg_max(outcome, fetched_at), arg_max(status_code, fetched_at),
               arg_max(attempts, fetched_at), arg_max(error, fetched_at)
        FROM fetch_log GROUP BY url
        """
    )
    return {url: rest for url, *rest in rows}


def first_load_counts(crawl: Crawl) -> dict:
    (counts,) = crawl.query("SELECT counts FROM load ORDER BY started_at LIMIT 1")[0]
    return json.loads(counts)


@pytest.mark.timeout(300)
def test_every_good_page_is_an_article(crawl, first_run):
    loaded = {url for (url,) in crawl.query("SELECT url FROM article_url")}
    missing = set(crawl.good_urls()) - loaded
    assert not missing, f"good pages not loaded: {sorted(missing)}"
    titles = {title for (title,) in crawl.query("SELECT title FROM article")}
    assert {news_page(n).headline for n in GOOD_PAGES} <= titles


def test_every_bad_url_is_recorded_with_its_named_outcome(crawl, first_run):
    fetches = latest_fetches(crawl)
    for url, bad in crawl.bad_urls().items():
        assert url in fetches, f"no fetch_log row for {url}"
        outcome, status, attempts, error = fetches[url]
        assert outcome == bad.outcome, (url, outcome, error)
        assert error, f"{url}: no reason recorded"
        if bad.status_code is not None:
            assert status == bad.status_code, url
        if bad.attempts is not None:
            assert attempts == bad.attempts, (url, attempts)
    loaded = {url for (url,) in crawl.query("SELECT url FROM article_url")}
    assert not loaded & set(crawl.bad_urls())


def test_a_rate_limited_page_waits_for_retry_after_then_loads(crawl, first_run):
    first, second = crawl.server.log.to(RATE_LIMITED_PATH)[:2]
    assert second.at - first.at >= 1.0  # Retry-After: 1 honoured
    outcome, status, attempts, _ = latest_fetches(crawl)[
        f"http://{NEWS_HOSTS[0]}{RATE_LIMITED_PATH}"
    ]
    assert (outcome, status, attempts) == ("fetched", 200, 2)


def test_a_lying_charset_still_loads_readable_text(crawl, first_run):
    url = f"http://{NEWS_HOSTS[0]}{LYING_CHARSET_PATH}"
    (text,) = crawl.query(
        "SELECT a.text FROM article a JOIN article_url u USING (article_id) WHERE u.url = ?", [url]
    )[0]
    assert "\ufffd" not in text
    assert "’" in text or "—" in text or "“" in text  # windows-1252 punctuation read as such


def test_a_dead_host_is_given_up_after_a_few_requests(crawl, first_run):
    fetches = latest_fetches(crawl)
    for url in crawl.dead_urls():
        outcome, _, _, error = fetches[url]
        assert outcome == "timeout" and error, url
    sent = [hit for hit in crawl.server.log.hits if hit.host == DEAD_HOST]
    pages = [hit for hit in sent if hit.path != "/robots.txt"]
    assert len(pages) <= FetchSettings().host_failure_limit + PER_HOST_CONCURRENCY
    assert len(pages) < DEAD_HOST_URLS * FetchSettings().max_attempts


def test_robots_txt_keeps_the_crawler_off_disallowed_paths(crawl, first_run):
    assert crawl.server.log.to("/robots.txt", host="127.0.0.1")
    assert not [hit for hit in crawl.server.log.hits if hit.path.startswith("/private/")]


def test_a_page_without_article_text_is_recorded_with_its_reason(crawl, first_run):
    url = crawl.server.url(NO_TEXT_PATH)
    assert latest_fetches(crawl)[url][0] == "no_article_text"
    assert not crawl.query("SELECT 1 FROM article_url WHERE url = ?", [url])
    assert first_load_counts(crawl)["failures"].get("no_article_text") == 1


def test_a_second_run_adds_nothing(crawl, second_run):
    before, _ = second_run
    after = crawl.counts()
    for table in (*KNOWLEDGE_TABLES, "quarantine"):
        assert after[table] == before[table], table
    assert after["load"] == before["load"] + 1


def test_a_second_run_refetches_good_pages_conditionally(crawl, second_run):
    _, hits = second_run
    validated = {path for path in crawl.good_urls().values() if path != LYING_CHARSET_PATH}
    for path in validated:
        requests = [hit for hit in hits if hit.path == path]
        assert requests, f"{path} not re-fetched"
        headers = requests[-1].headers
        assert "if-none-match" in headers or "if-modified-since" in headers, path
    rows = crawl.query(
        """
        SELECT url, status_code FROM fetch_log
        WHERE load_id = (SELECT load_id FROM load ORDER BY started_at DESC LIMIT 1)
          AND outcome = 'not_modified'
        """
    )
    not_modified = {url for url, status in rows if status == 304}
    expected = {url for url, path in crawl.good_urls().items() if path != LYING_CHARSET_PATH}
    assert expected <= not_modified


def test_the_second_run_still_obeys_robots_txt(crawl, second_run):
    assert not [hit for hit in crawl.server.log.hits if hit.path.startswith("/private/")]
