"""The knowledge benchmark's scorer compares names as the gold guidelines write them."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from types import SimpleNamespace

from benchmarks.knowledge import (
    Score,
    _actors_match,
    _score_entities,
    _score_events,
    name_key,
)
from benchmarks.when_where import system_date, when_where


def test_a_leading_the_in_gold_names_the_same_thing():
    record = {
        "sentence": "The Carlyle Group bought it.",
        "entities": [{"text": "The Carlyle Group", "type": "ORG"}],
    }
    typed, untyped, errors = Score(), Score(), []
    _score_entities(
        record, [SimpleNamespace(text="Carlyle Group", type="ORG")], typed, untyped, errors
    )
    assert (typed.matched, typed.system, typed.gold) == (1, 1, 1)
    assert errors == []


def test_a_wrong_type_is_no_match():
    record = {"sentence": "Alibaba rose.", "entities": [{"text": "Alibaba", "type": "ORG"}]}
    typed, untyped, errors = Score(), Score(), []
    _score_entities(record, [SimpleNamespace(text="Alibaba", type="GPE")], typed, untyped, errors)
    assert (typed.matched, untyped.matched) == (0, 1)


def test_actors_match_by_name_or_alias_without_a_leading_the():
    names = {
        "a": SimpleNamespace(name="Carlyle Group", aliases=["Carlyle"]),
        "b": SimpleNamespace(name="Taylor Swift", aliases=[]),
    }
    gold = [name_key(actor) for actor in ("The Carlyle Group", "Taylor Swift")]
    assert _actors_match(frozenset({"a", "b"}), gold, names)
    assert not _actors_match(frozenset({"a"}), gold, names)


def test_events_are_scored_overall_and_per_root():
    names = {
        "xi": SimpleNamespace(name="Xi Jinping", aliases=["Xi"]),
        "putin": SimpleNamespace(name="Vladimir Putin", aliases=[]),
    }
    record = {
        "sentence": "Xi met Putin and criticised him.",
        "events": [
            {"root": "04", "actors": ["Xi Jinping", "Vladimir Putin"]},
            {"root": "11", "actors": ["Xi Jinping", "Vladimir Putin"]},
        ],
    }
    found = [
        SimpleNamespace(
            root_code=root, actor1_entity_id="xi", actor2_entity_id="putin", modality="asserted"
        )
        for root in ("04", "13")
    ]
    overall, by_root, errors = Score(), defaultdict(Score), []
    matched = _score_events(record, found, names, (overall, by_root), errors)
    assert [(gold["root"], event.root_code) for gold, event in matched] == [("04", "04")]
    assert (overall.matched, overall.system, overall.gold) == (1, 2, 2)
    assert {root: (s.matched, s.system, s.gold) for root, s in by_root.items()} == {
        "04": (1, 1, 1),
        "11": (0, 0, 1),
        "13": (0, 1, 0),
    }


def _coded(when: date | None, precision: str, place: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(event_date=when, date_precision=precision, place_entity_id=place)


def test_a_date_is_written_at_its_precision():
    assert system_date(_coded(date(2024, 7, 1), "month")) == "2024-07"
    assert system_date(_coded(date(2024, 7, 20), "day")) == "2024-07-20"
    assert system_date(_coded(None, "unknown")) is None


def test_dates_count_against_the_gold_made_up_dates_cost_precision():
    gold = [
        {"root": "04", "actors": ["Xi"], "date": "2024-07-20", "place": None},
        {"root": "11", "actors": ["Xi"], "date": None, "place": None},
        {"root": "19", "actors": ["Xi"], "date": "2024-07", "place": None},
        {"root": "14", "actors": ["Xi"], "date": None, "place": None},
        {"root": "01", "actors": ["Xi"]},  # not annotated for when and where
    ]
    found = [
        _coded(date(2024, 7, 20), "day"),
        _coded(date(2024, 7, 19), "day"),  # the gold says the sentence gives no date
        _coded(date(2024, 7, 20), "day"),  # a day where the gold has the month
        _coded(None, "unknown"),  # neither dates it: nothing to count
        _coded(date(2024, 7, 20), "day"),
    ]
    result = when_where(list(zip(gold, found, strict=True)), {})
    assert result.annotated == 4
    assert (result.dates.matched, result.dates.system, result.dates.gold) == (1, 3, 2)
    assert len(result.errors) == 2


def test_a_place_matches_the_name_or_an_alias_of_the_place_entity():
    names = {"bj": SimpleNamespace(name="Beijing", aliases=["Peking"])}
    gold = [
        {"root": "04", "actors": ["Xi"], "date": None, "place": "Peking"},
        {"root": "04", "actors": ["Xi"], "date": None, "place": "Moscow"},
        {"root": "04", "actors": ["Xi"], "date": None, "place": None},
    ]
    found = [_coded(None, "unknown", "bj"), _coded(None, "unknown", "bj"), _coded(None, "unknown")]
    result = when_where(list(zip(gold, found, strict=True)), names)
    assert (result.places.matched, result.places.system, result.places.gold) == (1, 2, 2)
    assert result.errors == ["place      04 ['Xi']: gold Moscow, found Beijing"]
