"""The real ingest flow against the sample sites served on 127.0.0.1, into a real DuckDB file."""

import json
import os
from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest
from flows.maintenance import maintenance
from newsetl.analyst import open_read_only, search
from newsetl.demo.server import serve_sample_site
from newsetl.warehouse.reads import table_counts
from tests.conftest import free_port

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def counts(path: Path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        return table_counts(con)


def ingest_sample_site(warehouse: Path) -> dict:
    with serve_sample_site() as site:
        return ingest(
            list(site.sources),
            warehouse=str(warehouse),
            allow_private_networks=True,
            connect_to={key: list(value) for key, value in site.host_map.items()},
        )


@pytest.fixture(scope="module")
def demo_warehouse(prefect_api, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    first = ingest_sample_site(path)
    return path, first


def test_the_sample_sites_load_articles_entities_and_events(demo_warehouse):
    path, summary = demo_warehouse
    loaded = counts(path)
    assert loaded["article"] >= 10
    assert (
        loaded["entity"] > 20 and loaded["event"] > 5 and loaded["event_mention"] >= loaded["event"]
    )
    assert loaded["load"] == 1
    assert summary["totals"]["fetched"] >= 12
    with duckdb.connect(str(path), read_only=True) as con:
        urls = [row[0] for row in con.execute("SELECT url FROM article_url").fetchall()]
        assert not [url for url in urls if "utm_" in url or "fbclid" in url], (
            "tracking parameters kept"
        )
        domains = con.execute("SELECT count(DISTINCT domain) FROM article").fetchone()[0]
        assert domains == 3
        untitled = con.execute(
            "SELECT count(*) FROM article WHERE title IS NULL OR published_at IS NULL"
        )
        assert untitled.fetchone()[0] == 0
        boilerplate = con.execute(
            "SELECT count(*) FROM article WHERE text ILIKE '%newsletter%sign up%' OR text ILIKE '%cookie%'"
        ).fetchone()[0]
        assert boilerplate == 0


def test_the_syndicated_story_is_one_article_with_two_urls(demo_warehouse):
    path, _ = demo_warehouse
    with duckdb.connect(str(path), read_only=True) as con:
        shared = con.execute(
            """
            SELECT article_id, count(DISTINCT relation) FROM article_url
            WHERE relation IN ('exact_duplicate', 'near_duplicate')
            GROUP BY article_id
            """
        ).fetchall()
    assert shared, "the syndicated copy was not merged into its story"


def test_a_second_run_adds_nothing(demo_warehouse):
    path, _ = demo_warehouse
    before = counts(path)
    ingest_sample_site(path)
    after = counts(path)
    for table in (
        "article",
        "article_url",
        "entity",
        "article_entity",
        "event",
        "event_mention",
        "quarantine",
    ):
        assert after[table] == before[table], table
    assert after["load"] == before["load"] + 1
    with duckdb.connect(str(path), read_only=True) as con:
        revisions = con.execute("SELECT max(revision) FROM article").fetchone()[0]
    assert revisions == 1


def test_the_run_leaves_a_search_index_and_a_report(demo_warehouse):
    path, _ = demo_warehouse
    with open_read_only(path) as con:
        hits = search(con, "Lavrov")
    assert len(hits) == 1 and hits[0].matched == ["Lavrov"]
    report = path.parent / "report.html"
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_maintenance_exports_parquet_and_rebuilds_the_report(demo_warehouse):
    path, _ = demo_warehouse
    report = path.parent / "report.html"
    report.unlink()
    expired = path.parent / ".results" / "expired-result"
    expired.write_bytes(b"old")
    os.utime(expired, (0, 0))
    before = counts(path)
    maintenance(warehouse=str(path))
    assert not expired.exists()
    assert counts(path) == before
    assert report.is_file()
    manifest = json.loads((path.parent / "parquet" / "_newsetl_export.json").read_text())
    exported = {table["table"]: table["rows"] for table in manifest["tables"]}
    assert exported["article"] == before["article"]
    assert list((path.parent / "parquet" / "article").glob("month=*/*.parquet"))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the repository")
def test_the_seed_documents_load_as_four_articles(prefect_api, tmp_path):
    path = tmp_path / "seeds.duckdb"
    # Seed 001 names its original URL; route that host to a closed local port so
    # the fetch is tried, fails, and never leaves the machine.
    offline = {"www.themoscowtimes.com:443": ["127.0.0.1", free_port()]}
    ingest([str(SEEDS)], warehouse=str(path), allow_private_networks=True, connect_to=offline)
    loaded = counts(path)
    assert loaded["article"] == 4
    with duckdb.connect(str(path), read_only=True) as con:
        documents = con.execute(
            "SELECT count(*) FROM article_url WHERE url LIKE 'file:%'"
        ).fetchone()[0]
        failures = con.execute(
            "SELECT count(*) FROM fetch_log WHERE url LIKE '%themoscowtimes.com%' AND outcome <> 'fetched'"
        ).fetchone()[0]
    assert documents == 5
    assert failures == 1  # the original URL is tried (and, offline, recorded as failed)
