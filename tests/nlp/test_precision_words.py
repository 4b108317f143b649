"""Words that make no actor or no act: a relative is not the person whose relative they
are, a border is a place and not its country, a word inside a name reports nothing."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, named_events


def _coded(knowledge) -> set[tuple[str, str | None, str | None]]:
    return {(code[:2], a1, a2) for code, a1, a2, _ in named_events(knowledge)}


def _roots(analyze, text: str) -> set[str]:
    """The root codes of the events coded in the text."""
    return {root for root, _, _ in _coded(analyze(article(text)))}


def _involves(analyze, text: str, name: str) -> bool:
    """Whether any event coded in the text has the named actor."""
    return any(name in (a1, a2) for _, a1, a2 in _coded(analyze(article(text))))


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Viktor Hale retired in 2010. Later, Hale's father told Anna Berg that the farm "
            "would be sold.",
            "Viktor Hale",
        ),
        (
            "Anna Berg wrote to the family. She would have one phone conversation with "
            "Hale's mother, Berg said of Viktor Hale.",
            "Viktor Hale",
        ),
    ],
)
def test_a_relative_does_not_stand_for_the_person_named(analyze, text, owner):
    assert not _involves(analyze, text, owner)


def test_a_visited_border_is_a_place_not_its_country(analyze):
    text = "Senator Maria Lopez visited the southern U.S. border on Friday with two aides."
    coded = _coded(analyze(article(text)))
    assert not any(root == "04" and a2 for root, _, a2 in coded)


def test_a_visited_country_is_still_met(analyze):
    coded = _coded(analyze(article("Senator Maria Lopez visited Mexico on Friday.")))
    assert ("04", "Maria Lopez", "Mexico") in coded


def test_a_verb_inside_a_name_reports_no_act(analyze):
    text = (
        "NASA plans to send the agency's new Volatiles Investigating Polar Exploration "
        "Rover to the moon's south pole in 2023."
    )
    assert "09" not in _roots(analyze, text)


def test_a_verb_with_its_own_subject_inside_a_tagged_name_still_acts(analyze):
    text = (
        "Rudolph and Garrett engaged in a heated altercation before Garrett hit Rudolph in "
        "the head with a helmet."
    )
    coded = _coded(analyze(article(text)))
    assert any(root == "18" for root, _, _ in coded)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "The senator is entangled in the president's efforts to get Peru to investigate "
            "his rival Carlos Mendoza.",
            "09",
        ),
        ("Analysts said the deadline left room for Chile to back down.", "08"),
    ],
)
def test_an_infinitive_with_its_own_subject_is_not_done(analyze, text, root):
    assert root not in _roots(analyze, text)


def test_a_former_envoy_does_not_speak_for_the_country(analyze):
    text = "A former Chilean ambassador testified before the Peruvian Congress."
    assert not _involves(analyze, text, "Chile")


def test_the_square_a_visitor_was_greeted_in_is_not_what_he_visited(analyze):
    text = (
        "President Luiz Inacio Lula da Silva, on his first foreign trip of the year, was "
        "greeted with a salute in Red Square before talks with Vladimir Putin."
    )
    assert not _involves(analyze, text, "Red Square")


def test_a_trip_to_a_hospital_still_visits_it(analyze):
    text = "President Joe Biden made an unscheduled trip to Walter Reed hospital on Saturday."
    assert ("04", "Joe Biden", "Walter Reed") in _coded(analyze(article(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese army took to the streets of Lhasa on Sunday to clear barricades.",
        "Chinese troops took to the streets of Lhasa on Sunday to clear barricades.",
        "Chinese security forces took to the streets of Lhasa on Sunday to clear barricades.",
    ],
)
def test_an_army_in_the_streets_shows_force_and_does_not_protest(analyze, text):
    assert "14" not in _roots(analyze, text)


def test_a_phrase_before_the_verb_is_not_its_particle(analyze):
    text = "Over breakfast, Maria Lopez handed me a novel about a quest."
    assert "08" not in _roots(analyze, text)


def test_what_a_plan_does_not_require_of_a_country_is_not_done(analyze):
    text = "Kenya rejected the plan because it did not require Somalia to withdraw from the towns."
    coded = _coded(analyze(article(text)))
    assert not any(root == "16" and a1 == "Somalia" for root, a1, _ in coded)


def test_what_a_body_does_by_its_office_is_no_event(analyze):
    text = "Senator Maria Lopez chairs the Senate subcommittee that funds NASA."
    assert "07" not in _roots(analyze, text)


def test_what_a_body_did_once_is_an_event(analyze):
    text = "Senator Maria Lopez chairs the Senate subcommittee that funded NASA last year."
    assert ("07", "Senate", "NASA") in _coded(analyze(article(text)))


def test_lawyers_of_a_country_do_not_act_for_its_state(analyze):
    text = "British lawyers are demanding that Interpol arrest Carlos Mendoza."
    assert not _involves(analyze, text, "United Kingdom")


def test_a_series_of_meetings_is_background(analyze):
    text = (
        "The document was another in a series of communiques issued during the frequent "
        "meetings of Kenyan President William Ruto and Ugandan President Yoweri Museveni."
    )
    assert "04" not in _roots(analyze, text)


def test_a_share_of_a_people_is_the_public_not_its_state(analyze):
    text = "A new poll shows that most Canadians want Parliament to investigate Mark Dalton."
    assert not _involves(analyze, text, "Canada")


def test_his_in_the_object_may_be_the_subject_himself(analyze):
    text = (
        "Coach Karl Lind trains Ola Berg. Lind gave his players a pep talk on Tuesday, "
        "telling them to believe in themselves."
    )
    assert not _involves(analyze, text, "Ola Berg")
