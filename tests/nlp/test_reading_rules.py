"""How the coder reads news prose: wire datelines, groups named in the plural, a name
the model types differently in one sentence, guesses, wants and pledges."""

from __future__ import annotations

import pytest

from newsetl.nlp.dateline import blank_dateline
from tests.nlp.conftest import article, named_events


def _coded(knowledge) -> set[tuple[str, str, str | None]]:
    return {(code[:2], a1, a2) for code, a1, a2, _ in named_events(knowledge)}


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("HANOI, Vietnam (AP) — U.S. Defense Secretary", "U.S. Defense Secretary"),
        ("MOSCOW, May 8 (Reuters) - Vladimir Putin", "Vladimir Putin"),
        ("LA PAZ, Bolivia (AP) — Bolivia's", "Bolivia's"),
        ("WASHINGTON — The", "The"),
    ],
)
def test_a_wire_dateline_is_blanked_and_offsets_kept(text, rest):
    blanked = blank_dateline(text)
    assert blanked.strip() == rest
    assert len(blanked) == len(text)


@pytest.mark.parametrize("text", ["U.S. officials said on Monday", "The AP - report", "Putin said"])
def test_prose_at_the_start_is_not_a_dateline(text):
    assert blank_dateline(text) == text


def test_the_dateline_place_is_not_the_first_sentence_subject(analyze):
    text = (
        "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China "
        "of using coercion against smaller Asian nations."
    )
    coded = _coded(analyze(article(text)))
    assert ("11", "Mark Esper", "China") in coded
    assert not any(a1 == "Vietnam" for _, a1, _ in coded)


def test_a_group_named_in_the_plural_is_an_actor(analyze):
    text = "Stephanie Grisham accused the Democrats of being blinded by their hatred."
    assert ("11", "Stephanie Grisham", "Democrats") in _coded(analyze(article(text)))


def test_a_pronoun_finds_a_person_the_model_typed_otherwise_in_its_sentence(analyze):
    text = (
        "Julian Assange appeared in court in London on Monday. "
        "Assange is battling extradition to the United States, which accuses him of "
        "publishing secret documents."
    )
    assert ("11", "United States", "Julian Assange") in _coded(analyze(article(text)))


@pytest.mark.parametrize(
    "text",
    [
        "President Xi Jinping is likely to attack Taiwan next year.",
        "The two sides continue to talk and Xi Jinping could sign an agreement with Joe Biden.",
        "Donald Trump might impose new sanctions on Iran.",
    ],
)
def test_a_guess_about_what_may_happen_is_not_an_event(analyze, text):
    assert not _coded(analyze(article(text)))


def test_what_is_expected_stays_an_intended_event(analyze):
    text = "Xi Jinping is expected to meet Joe Biden in San Francisco on Wednesday."
    events = named_events(analyze(article(text)))
    assert [(code[:2], event.modality) for code, *_, event in events] == [("04", "intended")]


def test_wanting_someone_else_to_act_is_a_demand_on_them(analyze):
    text = "The United States wants the United Kingdom to extradite Julian Assange."
    coded = _coded(analyze(article(text)))
    assert ("10", "United States", "United Kingdom") in coded
    assert not any(code == "17" for code, _, _ in coded)


def test_a_pledge_with_no_one_to_cooperate_with_is_not_an_event(analyze):
    text = "Twitter pledged to take decisive corrective action in the future."
    assert not _coded(analyze(article(text)))


def test_a_place_before_a_protest_noun_is_where_not_who(analyze):
    text = "The Hong Kong protests spread to the universities on Monday."
    assert not any(a1 == "Hong Kong" for code, a1, _ in _coded(analyze(article(text))))
