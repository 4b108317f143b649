"""The inter-annotator agreement benchmark compares two annotations the way the coder is scored."""

from __future__ import annotations

import pytest

from benchmarks.agreement import compare, same_actor, same_actors


def _record(id_, *events):
    return {"id": id_, "source": "s", "sentence": f"sentence {id_}", "events": list(events)}


def _event(root, *actors, modality="asserted"):
    return {"root": root, "actors": list(actors), "modality": modality}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Carlyle Group", "Carlyle Group"),
        ("US", "United States"),
        ("Trump", "Donald Trump"),
        ("Xi Jinping", "Xi"),
    ],
)
def test_names_of_one_thing_are_the_same_actor(first, second):
    assert same_actor(first, second)


@pytest.mark.parametrize(
    ("first", "second"), [("Russia", "Russian Foreign Ministry"), ("China", "Taiwan")]
)
def test_names_of_two_things_are_not(first, second):
    assert not same_actor(first, second)


def test_actor_sets_match_in_any_order_and_only_whole():
    assert same_actors(["Xi Jinping", "Vladimir Putin"], ["Putin", "Xi"])
    assert not same_actors(["Xi Jinping", "Vladimir Putin"], ["Putin"])
    assert not same_actors(["Xi Jinping"], ["Putin"])


def test_events_roots_and_sentences_are_counted_against_the_first_annotation():
    first = [
        _record(1, _event("04", "Xi Jinping", "Vladimir Putin"), _event("01", "Xi Jinping")),
        _record(2, _event("19", "Israel", "Hodeidah")),
        _record(3),
        _record(4),
    ]
    second = [
        _record(1, _event("04", "Putin", "Xi", modality="intended")),
        _record(2, _event("19", "Israel", "Yemen")),
        _record(3, _event("11", "Hamas", "Israel")),
        _record(4),
    ]
    agreement = compare(first, second)
    events = agreement.events
    assert (events.matched, events.system, events.gold) == (1, 3, 3)
    assert (agreement.roots.matched, agreement.roots.system, agreement.roots.gold) == (2, 3, 3)
    assert agreement.modality == [0, 1]
    assert agreement.sentences == {(True, True): 2, (False, True): 1, (False, False): 1}
    assert agreement.kappa() == pytest.approx(0.5)
    assert len(agreement.disagreements) == 4


def test_a_sentence_the_second_annotator_left_out_is_an_error():
    with pytest.raises(ValueError, match="no sentence with id"):
        compare([_record(1), _record(2)], [_record(1)])
