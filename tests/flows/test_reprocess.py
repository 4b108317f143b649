"""`reprocess` rebuilds articles from the raw archive, with nothing fetched again."""

import duckdb
import pytest
from prefect.settings import PREFECT_TASKS_REFRESH_CACHE, temporary_settings

import newsetl.copies
from flows.ingest import ingest
from flows.reprocess import reprocess
from newsetl.demo.content import original_articles
from newsetl.demo.pages import render_article_page
from tests.page_server import serve_pages

STORY = original_articles()[0]
SHORT_NOTE = (
    "<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>"
    "<p>The harbour authority said the northern port reopened on Monday after two weeks"
    " of repairs, and the first ferries left for the islands.</p>"
    "</article></body></html>"
)


PAGES = {"/story": render_article_page(STORY, original_articles()), "/note": SHORT_NOTE}


@pytest.fixture
def site():
    with serve_pages(PAGES) as site:
        yield site


@pytest.fixture
def loaded(prefect_api, site, tmp_path):
    """A warehouse with the story loaded and the short note logged as no_article_text."""
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{site.url('/story')}\n{site.url('/note')}\n")
    warehouse = tmp_path / "w.duckdb"
    ingest([str(urls)], warehouse=str(warehouse), allow_private_networks=True)
    return warehouse


def query(warehouse, sql):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_an_improved_cleaner_turns_archived_pages_into_articles(loaded, site, monkeypatch):
    assert query(loaded, "SELECT count(*) FROM article") == [(1,)]
    assert ("no_article_text",) in query(loaded, "SELECT outcome FROM fetch_log")
    fetches = query(loaded, "SELECT count(*) FROM fetch_log")
    requests = len(site.hits)

    # The "improvement": notices of 20-odd words count as articles from now on.
    monkeypatch.setattr(newsetl.copies, "MIN_WORDS", 20)
    with temporary_settings(updates={PREFECT_TASKS_REFRESH_CACHE: True}):
        reprocess(warehouse=str(loaded))

    titles = {row[0] for row in query(loaded, "SELECT title FROM article")}
    assert titles == {STORY.headline, "Port reopens"}
    assert query(loaded, "SELECT max(revision) FROM article") == [(1,)]
    assert query(loaded, "SELECT count(*) FROM fetch_log") == fetches
    assert len(site.hits) == requests  # nothing was fetched again
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
