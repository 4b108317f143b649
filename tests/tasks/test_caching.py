"""Extraction and NLP are cached by their real inputs, with results beside the warehouse."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

import newsetl.copies
import tasks.caching
from flows.ingest import ingest
from newsetl.demo.content import original_articles
from newsetl.demo.pages import render_article_page
from newsetl.extract import ExtractSettings
from newsetl.extract import article as extract_module
from newsetl.models import Article, Candidate, FetchResult
from newsetl.nlp import KnowledgeExtractor
from newsetl.settings import Settings
from newsetl.warehouse import connect, migrate
from newsetl.warehouse.reads import table_counts
from tasks.caching import UnstableDigest, beside_warehouse, digest, prune_results, results_dir
from tasks.extract import extract_copies, extraction_inputs
from tasks.nlp import analysis_inputs, analyze_articles

STORY = (
    "Chinese President Xi Jinping met Russian Foreign Minister Sergei Lavrov in Beijing on "
    "Tuesday to discuss a new trade agreement covering grain, energy and the railway to Moscow."
)


def page_html(number: int, extra: str = "") -> str:
    paragraphs = "".join(
        f"<p>{STORY} Paragraph {n} of story {number}.{extra}</p>" for n in range(4)
    )
    return (
        f"<html lang='en'><head><title>Story {number}</title>"
        "<meta property='article:published_time' content='2025-06-03T10:00:00Z'></head>"
        f"<body><article><h1>Story {number}</h1>{paragraphs}</article></body></html>"
    )


def url_of(number: int) -> str:
    return f"https://news.example/2025/06/03/story-{number}"


def fetched(number: int, html: str | None = None, attempts: int = 1) -> FetchResult:
    return FetchResult(
        url=url_of(number),
        outcome="fetched",
        final_url=url_of(number),
        status_code=200,
        attempts=attempts,
        fetched_at=datetime.now(),
        html=html or page_html(number),
    )


def batch(*pages: FetchResult) -> tuple[list[Candidate], dict[str, FetchResult]]:
    candidates = [Candidate(url=page.url, source="test", discovered_via="url") for page in pages]
    return candidates, {page.url: page for page in pages}


@pytest.fixture
def settings(tmp_path) -> Settings:
    settings = Settings(warehouse=tmp_path / "warehouse.duckdb")
    with connect(settings.warehouse) as con:
        migrate(con)
    return settings


@pytest.fixture
def extractions(monkeypatch) -> list[str]:
    """The URL of every page and text document the extractor really reads."""
    seen: list[str] = []
    real_article, real_document = newsetl.copies.extract_article, newsetl.copies.parse_document

    def article(html, url=None, **kwargs):
        seen.append(url)
        return real_article(html, url=url, **kwargs)

    def document(text, document_format, uri=None, **kwargs):
        seen.append(uri)
        return real_document(text, document_format, uri=uri, **kwargs)

    monkeypatch.setattr(newsetl.copies, "extract_article", article)
    monkeypatch.setattr(newsetl.copies, "parse_document", document)
    return seen


@pytest.fixture
def analyses(monkeypatch) -> list[int]:
    """The size of every batch the NLP stage really analyses."""
    seen: list[int] = []
    real = KnowledgeExtractor.analyze

    def counting(self, articles):
        seen.append(len(articles))
        return real(self, articles)

    monkeypatch.setattr(KnowledgeExtractor, "analyze", counting)
    return seen


def extract(settings: Settings, pages: tuple[FetchResult, ...], label: str = "batch"):
    candidates, by_url = batch(*pages)
    return beside_warehouse(extract_copies, settings)(
        candidates, by_url, label=label, return_state=True
    )


def analyze(settings: Settings, articles: list[Article]):
    return beside_warehouse(analyze_articles, settings)(articles, settings, return_state=True)


def test_the_same_batch_is_extracted_once(prefect_api, settings, extractions):
    first = extract(settings, (fetched(1), fetched(2)))
    second = extract(settings, (fetched(1), fetched(2)), label="another-label")

    assert (first.name, second.name) == ("Completed", "Cached")
    assert extractions == [url_of(1), url_of(2)]
    assert second.result() == first.result()
    assert len(first.result().copies) == 2


def test_a_page_fetched_again_with_the_same_body_is_not_extracted_again(
    prefect_api, settings, extractions
):
    extract(settings, (fetched(1), fetched(2)))
    again = extract(settings, (fetched(1, attempts=3), fetched(2, attempts=2)))

    assert again.name == "Cached"
    assert len(extractions) == 2


def test_a_changed_body_is_extracted_again(prefect_api, settings, extractions):
    extract(settings, (fetched(1), fetched(2)))
    changed = extract(settings, (fetched(1), fetched(2, html=page_html(2, " Updated."))))

    assert changed.name == "Completed"
    assert len(extractions) == 4
    assert "Updated." in changed.result().copies[1].text


def test_a_new_code_version_is_extracted_again(prefect_api, settings, extractions, monkeypatch):
    extract(settings, (fetched(1),))
    monkeypatch.setattr(tasks.caching, "CACHE_VERSION", "next")
    assert extract(settings, (fetched(1),)).name == "Completed"
    monkeypatch.setattr(tasks.caching, "library_fingerprint", lambda: "edited library")
    assert extract(settings, (fetched(1),)).name == "Completed"
    assert len(extractions) == 3


def test_new_extractor_settings_change_the_key(monkeypatch):
    candidates, pages = batch(fetched(1))
    parameters = {"candidates": candidates, "pages": pages, "label": "batch"}
    before = digest(list(extraction_inputs(parameters)))
    monkeypatch.setattr(extract_module, "DEFAULT_SETTINGS", ExtractSettings(guess_language=False))
    assert digest(list(extraction_inputs(parameters))) != before


def test_results_live_beside_the_warehouse_and_prune_away(prefect_api, settings, extractions):
    extract(settings, (fetched(1),))
    stored = list(results_dir(settings.warehouse).iterdir())
    assert stored and all(path.parent == settings.warehouse.parent / ".results" for path in stored)

    assert prune_results(settings.warehouse) == 0  # all younger than the expiration
    assert prune_results(settings.warehouse, older_than=-tasks.caching.CACHE_EXPIRATION) == len(
        stored
    )
    assert extract(settings, (fetched(1),)).name == "Completed"
    assert len(extractions) == 2


def test_a_result_cut_short_by_a_crash_is_computed_again(prefect_api, settings, extractions):
    first = extract(settings, (fetched(1),))
    (stored,) = results_dir(settings.warehouse).iterdir()
    stored.write_bytes(stored.read_bytes()[: stored.stat().st_size // 2])

    again = extract(settings, (fetched(1),))
    assert again.name == "Completed"
    assert len(extractions) == 2
    assert again.result() == first.result()
    assert extract(settings, (fetched(1),)).name == "Cached"


def test_the_same_articles_are_analysed_once(prefect_api, settings, analyses):
    articles = extract(settings, (fetched(1), fetched(2))).result().copies
    first = analyze(settings, articles)
    second = analyze(settings, articles)

    assert (first.name, second.name) == ("Completed", "Cached")
    assert analyses == [2]
    assert second.result() == first.result()
    assert first.result().entities and first.result().events


def test_new_warehouse_entities_make_the_analysis_run_again(prefect_api, settings, analyses):
    articles = extract(settings, (fetched(1),)).result().copies
    analyze(settings, articles)
    with connect(settings.warehouse) as con:
        con.execute(
            "INSERT INTO entity (entity_id, name, type, first_seen_at)"
            " VALUES ('ent_1', 'Sergei Lavrov', 'PERSON', now())"
        )

    assert analyze(settings, articles).name == "Completed"
    assert analyses == [1, 1]


def test_the_nlp_key_follows_model_and_text_but_not_parallelism(settings):
    article = Article(
        article_id="art_1",
        canonical_url=url_of(1),
        domain="news.example",
        title="Story 1",
        text=STORY,
        authors=[],
        published_at=None,
        language="en",
        word_count=len(STORY.split()),
        content_hash="h1",
    )

    def key(articles: list[Article], **changes) -> str:
        changed = settings.model_copy(update=changes)
        return digest(list(analysis_inputs({"articles": articles, "settings": changed})))

    same = key([article])
    assert key([article], nlp_processes=4) == same
    assert key([article], nlp_model="en_core_web_trf") != same
    assert key([dataclasses.replace(article, text=STORY + " More.")]) != same
    assert key([dataclasses.replace(article, title="Another title")]) != same


def test_values_without_a_stable_digest_are_refused():
    for unstable in (object(), {"a", "b"}, Settings()):
        with pytest.raises(UnstableDigest):
            digest([unstable])
    assert digest({"b": 1, "a": [None, 2.5]}) == digest({"a": [None, 2.5], "b": 1})
    assert digest(["ab", "c"]) != digest(["a", "bc"])
    assert digest(["a\x1f'b'"]) != digest(["a", "b"])
    long_text = "word " * 2000
    assert digest(long_text) == digest("".join(long_text)) != digest(long_text + ".")


def test_a_key_that_cannot_be_computed_runs_the_task_uncached(
    prefect_api, settings, extractions, monkeypatch
):
    monkeypatch.setattr(tasks.caching.StageInputs, "compute_key", lambda *a, **k: digest(object()))
    states = [extract(settings, (fetched(1),)) for _ in range(2)]

    assert [state.name for state in states] == ["Completed", "Completed"]
    assert len(extractions) == 2


def stored_rows(warehouse: Path) -> dict[str, int]:
    """Row counts of the tables a run must not add to twice (not its own logs)."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        counts = table_counts(con)
    return {table: count for table, count in counts.items() if table not in ("load", "fetch_log")}


def articles_of(warehouse: Path) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "SELECT article_id, title, text, content_hash FROM article ORDER BY article_id"
        ).fetchall()


def test_a_run_retried_after_a_failed_load_redoes_no_extraction_nor_nlp(
    prefect_api, tmp_path, extractions, analyses, monkeypatch
):
    documents = tmp_path / "documents"
    documents.mkdir()
    catalog = original_articles()
    for article in catalog[:3]:
        (documents / f"{article.slug}.html").write_text(render_article_page(article, catalog))
    retried = tmp_path / "retried" / "warehouse.duckdb"

    def failing_load(*args, **kwargs):
        raise RuntimeError("the warehouse disk is full")

    with monkeypatch.context() as patch:
        patch.setattr("flows.batch.load_batch", failing_load)
        with pytest.raises(RuntimeError, match="disk is full"):
            ingest([str(documents)], warehouse=str(retried))
    done_before_retry = (len(extractions), len(analyses))

    ingest([str(documents)], warehouse=str(retried))
    assert (len(extractions), len(analyses)) == done_before_retry

    fresh = tmp_path / "fresh" / "warehouse.duckdb"
    ingest([str(documents)], warehouse=str(fresh))
    assert stored_rows(retried)["article"] > 0
    assert stored_rows(retried) == stored_rows(fresh)
    assert articles_of(retried) == articles_of(fresh)

    before = stored_rows(retried)
    ingest([str(documents)], warehouse=str(retried))
    assert stored_rows(retried) == before
