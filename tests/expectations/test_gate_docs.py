"""Data Docs beside the warehouse: built on every batch, naming every suite, keeping history."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from gate_batches import CODEBOOK, SUITES, article, good_batch

from expectations import GateSettings, gate_batch


@pytest.fixture(scope="module")
def docs_run(docs_settings):
    batch = good_batch(3)
    batch.articles[0] = article(1, published_at=datetime(1871, 3, 4))
    return gate_batch(batch, docs_settings, run_id="load-docs")


def test_data_docs_index_is_beside_the_warehouse(docs_run, warehouse_dir):
    assert docs_run.data_docs_index == warehouse_dir / "data_docs" / "index.html"
    assert docs_run.data_docs_index.is_file()


def test_data_docs_name_every_suite(docs_run):
    docs = docs_run.data_docs_index.parent
    index = docs_run.data_docs_index.read_text(encoding="utf-8")
    for suite in SUITES:
        assert (docs / "expectations" / f"{suite}.html").is_file()
        assert f"expectations/{suite}.html" in index
        assert f"validations/{suite}/load-docs/" in index


def test_a_validation_page_shows_the_failing_row(docs_run):
    pages = list(
        (docs_run.data_docs_index.parent / "validations" / "article" / "load-docs").rglob("*.html")
    )
    assert len(pages) == 1
    page = pages[0].read_text(encoding="utf-8")
    assert "published_at" in page
    assert "art-1" in page


def test_results_of_earlier_runs_stay_listed_until_pruned(tmp_path):
    settings = GateSettings(cameo_codebook=CODEBOOK, data_docs_dir=tmp_path / "data_docs")
    first = gate_batch(good_batch(1), settings, run_id="load-first")
    # another process's context: same folders, its own (new) GX context
    later = replace(settings, max_failed_share=0.5)
    second = gate_batch(good_batch(1), later, run_id="load-second")
    index = second.data_docs_index.read_text(encoding="utf-8")
    assert first.data_docs_index == second.data_docs_index
    assert "validations/article/load-first/" in index
    assert "validations/article/load-second/" in index
    assert (tmp_path / "gx" / "validations" / "article" / "load-first").is_dir()

    pruning = replace(settings, keep_validation_results=len(SUITES))
    third = gate_batch(good_batch(1), pruning, run_id="load-third")
    index = third.data_docs_index.read_text(encoding="utf-8")
    assert "load-first" not in index and "load-second" not in index
    assert "validations/article/load-third/" in index
    assert not list(
        (tmp_path / "data_docs" / "validations" / "article").glob("load-first/*/*.html")
    )


def test_without_a_docs_folder_no_docs_are_built(settings):
    assert gate_batch(good_batch(1), settings, run_id="load-nodocs").data_docs_index is None


def test_four_good_articles_load_and_two_impossible_dates_are_quarantined(docs_settings):
    batch = good_batch(6)
    batch.articles[4] = article(5, published_at=datetime(2099, 6, 1))
    batch.articles[5] = article(6, published_at=datetime(1871, 3, 18))
    result = gate_batch(batch, docs_settings, run_id="load-done-when")
    assert [a.article_id for a in result.passed.articles] == ["art-1", "art-2", "art-3", "art-4"]
    articles = [r for r in result.quarantined if r.table_name == "article"]
    assert [(r.record_key, r.failed_expectations) for r in articles] == [
        ("art-5", ["expect_column_values_to_be_between(published_at)"]),
        ("art-6", ["expect_column_values_to_be_between(published_at)"]),
    ]
    index = result.data_docs_index.read_text(encoding="utf-8")
    assert "validations/article/load-done-when/" in index
