"""What the gate records: ``validation`` rows that load into the warehouse, and GX kept offline."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import duckdb
import pytest
from gate_batches import CODEBOOK, SUITES, article, good_batch

from expectations import CodebookMissing, GateSettings, gate_batch, load_codebook
from expectations.context import gate_context
from newsetl.warehouse import migrate
from newsetl.warehouse.rows import insert_rows


@pytest.fixture(scope="module")
def one_bad_article(settings):
    batch = good_batch(4)
    batch.articles[0] = article(1, published_at=datetime(2099, 1, 1))
    return gate_batch(batch, settings, run_id="load-records")


def test_every_expectation_of_every_suite_has_a_validation_row(one_bad_article, settings):
    rows = one_bad_article.validations
    assert {row.suite for row in rows} == set(SUITES)
    suites = gate_context(settings).context.suites
    for suite in SUITES:
        assert sum(row.suite == suite for row in rows) == len(suites.get(suite).expectations)
    assert {row.load_id for row in rows} == {"load-records"}
    assert len({row.validated_at for row in rows}) == 1


def test_validation_rows_count_the_unexpected(one_bad_article):
    by_name = {(row.suite, row.expectation): row for row in one_bad_article.validations}
    published = by_name[("article", "expect_column_values_to_be_between(published_at)")]
    assert not published.success
    assert (published.element_count, published.unexpected_count) == (4, 1)
    assert published.unexpected_percent == pytest.approx(25.0)
    assert published.kwargs["min_value"] == "1990-01-01T00:00:00"
    cameo = by_name[("event", "expect_column_values_to_be_in_set(cameo_code)")]
    assert cameo.success and cameo.unexpected_count == 0
    assert cameo.kwargs["value_set"] == "14 values"


def test_validation_and_quarantine_rows_load_into_the_warehouse(one_bad_article, tmp_path):
    con = duckdb.connect(str(tmp_path / "newsetl.duckdb"))
    migrate(con)
    insert_rows(con, "validation", one_bad_article.validations)
    insert_rows(
        con,
        "quarantine",
        one_bad_article.quarantined,
        extra={"quarantined_at": datetime(2024, 5, 3), "load_id": "load-records"},
    )
    failing = con.execute(
        "SELECT suite, expectation, unexpected_count, kwargs->>'min_value' FROM validation"
        " WHERE NOT success ORDER BY suite"
    ).fetchall()
    assert failing == [
        ("article", "expect_column_values_to_be_between(published_at)", 1, "1990-01-01T00:00:00")
    ]
    quarantined = con.execute(
        "SELECT record_key, failed_expectations, payload->>'published_at' FROM quarantine"
        " WHERE table_name = 'article'"
    ).fetchall()
    assert quarantined == [
        ("art-1", ["expect_column_values_to_be_between(published_at)"], "2099-01-01T00:00:00")
    ]


def test_gx_analytics_are_off_in_code(settings):
    assert os.environ["GX_ANALYTICS_ENABLED"] == "false"
    assert gate_context(settings).context.config.analytics_enabled is False


def test_the_codebook_knows_codes_and_their_roots():
    codebook = load_codebook(CODEBOOK)
    assert {"036", "057", "163"} <= codebook.codes
    assert codebook.roots == {"01", "03", "04", "05", "13", "16", "19"}


def test_a_missing_codebook_is_a_clear_error(tmp_path):
    with pytest.raises(CodebookMissing, match="cannot read the CAMEO codebook"):
        load_codebook(tmp_path / "nowhere.csv")


def test_settings_take_any_collection_and_stay_hashable():
    settings = GateSettings(entity_types=["PERSON", "ORG"], data_docs_dir="docs")
    assert settings.entity_types == frozenset({"PERSON", "ORG"})
    assert settings.data_docs_dir == Path("docs")
    assert settings.results_dir() == Path("gx/validations")
    assert hash(settings) == hash(
        GateSettings(entity_types={"ORG", "PERSON"}, data_docs_dir=Path("docs"))
    )


def test_contradictory_settings_are_refused_with_the_reason():
    with pytest.raises(ValueError, match=r"min_word_count \(50\) exceeds max_word_count \(10\)"):
        GateSettings(min_word_count=50, max_word_count=10)
    with pytest.raises(ValueError, match="max_failed_share"):
        GateSettings(max_failed_share=1.5)


def test_an_unusable_docs_folder_costs_the_docs_not_the_batch(tmp_path):
    blocker = tmp_path / "warehouse"
    blocker.write_text("a file where the warehouse folder should be")
    settings = GateSettings(cameo_codebook=CODEBOOK, data_docs_dir=blocker / "data_docs")
    batch = good_batch(2)
    batch.articles[0] = article(1, published_at=datetime(2099, 1, 1))
    result = gate_batch(batch, settings, run_id="load-nodocs")
    assert result.data_docs_index is None
    assert [a.article_id for a in result.passed.articles] == ["art-2"]


def test_without_a_codebook_events_are_quarantined_and_the_rest_still_loads(tmp_path):
    settings = GateSettings(cameo_codebook=tmp_path / "missing.csv")
    result = gate_batch(good_batch(2), settings, run_id="load-no-codebook")
    by_table = {(r.table_name, r.record_key): r.failed_expectations for r in result.quarantined}
    assert by_table == {
        ("event", "evt-1"): ["suite_error(event)"],
        ("event", "evt-2"): ["suite_error(event)"],
        ("event_mention", "evt-1/art-1"): ["parent_event_quarantined"],
        ("event_mention", "evt-2/art-2"): ["parent_event_quarantined"],
    }
    assert [a.article_id for a in result.passed.articles] == ["art-1", "art-2"]
    (error,) = [v.error for v in result.validations if v.suite == "event"]
    assert "cannot read the CAMEO codebook" in error
