"""The gate quarantines exactly the planted bad rows, and their dependants, by name."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from gate_batches import article, event, good_batch

from expectations import gate_batch
from expectations.tables import row_count
from newsetl.models import ArticleURL, Entity

BETWEEN_PUBLISHED = "expect_column_values_to_be_between(published_at)"
PARENT_ARTICLE = "parent_article_quarantined"
PARENT_EVENT = "parent_event_quarantined"
NO_MENTION_LEFT = "every_event_mention_quarantined"
AFTER_REPORT = "expect_column_pair_values_a_to_be_greater_than_b(reported_on, done_on)"


def planted_batch():
    batch = good_batch(8)
    batch.articles[1] = article(2, published_at=datetime(2099, 1, 1))
    batch.articles[2] = article(3, published_at=datetime(1871, 3, 4))
    batch.articles[3] = article(4, canonical_url="ftp://news.example/story-4")
    batch.article_urls.append(ArticleURL("not a url", "art-1", "alias", 1.0))
    batch.entities.append(Entity("ent-blob", "Blob", "GADGET"))
    batch.events[4] = event("evt-5", cameo_code="0367")
    batch.events[5] = event("evt-6", actor2_entity_id="ent-missing")
    batch.events[6] = event("evt-7", event_date=date(2024, 6, 1))
    return batch


PLANTED = {
    ("article", "art-2"): [BETWEEN_PUBLISHED],
    ("article", "art-3"): [BETWEEN_PUBLISHED],
    ("article", "art-4"): ["expect_column_values_to_match_regex(canonical_url)"],
    ("article_url", "not a url"): ["expect_column_values_to_match_regex(url)"],
    ("entity", "ent-blob"): ["expect_column_values_to_be_in_set(type)"],
    ("event", "evt-5"): ["expect_column_values_to_be_in_set(cameo_code)"],
    ("event", "evt-6"): ["expect_column_values_to_be_in_set(actor2_entity_found)"],
    ("event", "evt-7"): [AFTER_REPORT],
}

DEPENDANTS = {
    **{("article_url", f"https://news.example/story-{n}"): [PARENT_ARTICLE] for n in (2, 3, 4)},
    **{
        ("article_entity", f"art-{n}/{entity}"): [PARENT_ARTICLE]
        for n in (2, 3, 4)
        for entity in ("ent-lavrov", "ent-wang")
    },
    **{("event_mention", f"evt-{n}/art-{n}"): [PARENT_ARTICLE] for n in (2, 4)},
    **{("event", f"evt-{n}"): [NO_MENTION_LEFT] for n in (2, 4)},
    **{("event_mention", f"evt-{n}/art-{n}"): [PARENT_EVENT] for n in (5, 6, 7)},
    # evt-3 is dated after its article's (bogus, 1871) publication, so it fails on its own
    ("event", "evt-3"): [AFTER_REPORT],
    ("event_mention", "evt-3/art-3"): [PARENT_ARTICLE, PARENT_EVENT],
}


@pytest.fixture(scope="module")
def planted(docs_settings):
    return gate_batch(planted_batch(), docs_settings, run_id="load-planted")


def quarantined_names(result) -> dict[tuple[str, str], list[str]]:
    return {(row.table_name, row.record_key): row.failed_expectations for row in result.quarantined}


def test_planted_bad_rows_are_quarantined_with_the_failed_expectations(planted):
    names = quarantined_names(planted)
    assert {key: names.get(key) for key in PLANTED} == PLANTED


def test_dependent_rows_follow_their_parents(planted):
    assert quarantined_names(planted) == {**PLANTED, **DEPENDANTS}


def test_only_the_good_rows_pass(planted):
    passed = planted.passed
    assert [a.article_id for a in passed.articles] == ["art-1", "art-5", "art-6", "art-7", "art-8"]
    assert [e.event_id for e in passed.events] == ["evt-1", "evt-8"]
    assert [(m.event_id, m.article_id) for m in passed.event_mentions] == [
        ("evt-1", "art-1"),
        ("evt-8", "art-8"),
    ]
    assert "ent-blob" not in {e.entity_id for e in passed.entities}
    assert {link.article_id for link in passed.article_urls} == {
        "art-1",
        "art-5",
        "art-6",
        "art-7",
        "art-8",
    }
    assert "not a url" not in {link.url for link in passed.article_urls}
    assert row_count(passed) + len(planted.quarantined) == row_count(planted_batch())


def test_quarantine_payload_is_the_row_as_json(planted):
    row = next(r for r in planted.quarantined if r.record_key == "art-2")
    assert json.loads(json.dumps(row.payload)) == row.payload
    assert row.payload["published_at"] == "2099-01-01T00:00:00"
    assert row.payload["canonical_url"] == "https://news.example/story-2"


def test_over_the_threshold_the_batch_fails(planted):
    assert planted.failed_share > 0.25
    assert planted.failed
    assert "over the limit of 25%" in planted.message


def test_a_few_bad_rows_leave_the_batch_passing_with_a_warning(settings):
    batch = good_batch(8)
    batch.articles[0] = article(1, published_at=datetime(2099, 1, 1))
    result = gate_batch(batch, settings, run_id="load-few")
    # the article, its URL, two entity links, its mention and then its event
    assert len(result.quarantined) == 6
    assert result.failed_share == pytest.approx(6 / 51)
    assert not result.failed
    assert "6 of 51 rows quarantined" in result.message
    assert "within the limit of 25%" in result.message


def test_a_clean_batch_passes_whole(settings):
    batch = good_batch(3)
    result = gate_batch(batch, settings, run_id="load-clean")
    assert result.quarantined == []
    assert result.passed == batch
    assert result.failed_share == 0.0
    assert result.message == "all 21 rows passed validation"


def test_only_an_act_reported_as_done_cannot_be_dated_after_its_report(settings):
    batch = good_batch(3)
    later = date(2024, 6, 1)  # after the articles' publication
    batch.events[0] = event("evt-1", event_date=later, modality="intended")
    batch.events[1] = event("evt-2", event_date=later, modality="threatened")
    batch.events[2] = event("evt-3", event_date=later, modality="asserted")
    result = gate_batch(batch, settings, run_id="load-planned")
    assert quarantined_names(result) == {
        ("event", "evt-3"): [AFTER_REPORT],
        ("event_mention", "evt-3/art-3"): [PARENT_EVENT],
    }


def test_references_to_rows_already_in_the_warehouse_pass(settings):
    batch = good_batch(2)
    batch.events[0] = event("evt-1", actor2_entity_id="ent-putin")
    batch.article_urls.append(ArticleURL("https://other.example/copy", "art-old", "alias", 0.93))
    result = gate_batch(
        batch,
        settings,
        run_id="load-known",
        known_entity_ids={"ent-putin"},
        known_article_ids={"art-old"},
    )
    assert result.quarantined == []
    unknown = gate_batch(batch, settings, run_id="load-unknown")
    assert quarantined_names(unknown) == {
        ("event", "evt-1"): ["expect_column_values_to_be_in_set(actor2_entity_found)"],
        ("event_mention", "evt-1/art-1"): [PARENT_EVENT],
        ("article_url", "https://other.example/copy"): [
            "expect_column_values_to_be_in_set(article_found)"
        ],
    }


def test_a_quarantined_entity_takes_its_links_and_events(settings):
    batch = good_batch(2)
    batch.entities[1] = Entity("ent-wang", "   ", "PERSON")
    result = gate_batch(batch, settings, run_id="load-entity")
    names = quarantined_names(result)
    assert names[("entity", "ent-wang")] == ["expect_column_values_to_match_regex(name)"]
    assert names[("article_entity", "art-1/ent-wang")] == ["parent_entity_quarantined"]
    assert names[("event", "evt-2")] == ["parent_entity_quarantined"]
    assert names[("event_mention", "evt-2/art-2")] == [PARENT_EVENT]
    assert [a.article_id for a in result.passed.articles] == ["art-1", "art-2"]


def test_an_event_keeps_going_while_one_of_its_mentions_survives(settings):
    batch = good_batch(2)
    batch.event_mentions.append(replace(batch.event_mentions[0], article_id="art-2"))
    batch.articles[0] = article(1, language="english")
    result = gate_batch(batch, settings, run_id="load-mentions")
    names = quarantined_names(result)
    assert names[("article", "art-1")] == ["expect_column_values_to_match_regex(language)"]
    assert names[("event_mention", "evt-1/art-1")] == [PARENT_ARTICLE]
    assert ("event", "evt-1") not in names
    assert {e.event_id for e in result.passed.events} == {"evt-1", "evt-2"}


def test_duplicate_keys_quarantine_every_copy(settings):
    batch = good_batch(2)
    batch.articles.append(article(1, content_hash="hash-other"))
    result = gate_batch(batch, settings, run_id="load-duplicates")
    article_rows = [r for r in result.quarantined if r.table_name == "article"]
    assert [r.record_key for r in article_rows] == ["art-1", "art-1"]
    assert all(
        r.failed_expectations == ["expect_column_values_to_be_unique(article_id)"]
        for r in article_rows
    )


def test_publication_dates_are_compared_in_utc(settings):
    soon = datetime.now(UTC) + timedelta(hours=12)
    far = datetime.now(UTC) + timedelta(days=3)
    batch = good_batch(3)
    batch.articles[0] = article(1, published_at=soon.astimezone(timezone(timedelta(hours=-5))))
    batch.articles[1] = article(2, published_at=far.replace(tzinfo=None))
    batch.articles[2] = article(3, published_at=None)
    batch.events = []
    batch.event_mentions = []
    result = gate_batch(batch, settings, run_id="load-utc")
    article_rows = {
        r.record_key: r.failed_expectations for r in result.quarantined if r.table_name == "article"
    }
    assert article_rows == {"art-2": [BETWEEN_PUBLISHED]}


def test_a_suite_that_cannot_run_fails_its_rows_closed(settings):
    batch = good_batch(2)
    batch.articles[0] = article(1, published_at="last Tuesday")
    result = gate_batch(batch, settings, run_id="load-broken")
    article_rows = [r for r in result.quarantined if r.table_name == "article"]
    assert [r.failed_expectations for r in article_rows] == [["suite_error(article)"]] * 2
    error_rows = [v for v in result.validations if v.suite == "article"]
    assert len(error_rows) == 1 and not error_rows[0].success
    assert error_rows[0].error
    assert result.failed
