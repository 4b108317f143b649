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


NOT_ACTORS = [
    pytest.param(
        "Viktor Hale retired in 2010. Later, Hale's father told Anna Berg that the farm "
        "would be sold.",
        "Viktor Hale",
        id="a relative does not stand for the person named",
    ),
    pytest.param(
        "Anna Berg wrote to the family. She would have one phone conversation with "
        "Hale's mother, Berg said of Viktor Hale.",
        "Viktor Hale",
        id="a relative does not stand for the person named, also in a said-of",
    ),
    pytest.param(
        "A former Chilean ambassador testified before the Peruvian Congress.",
        "Chile",
        id="a former envoy does not speak for the country",
    ),
    pytest.param(
        "President Luiz Inacio Lula da Silva, on his first foreign trip of the year, was "
        "greeted with a salute in Red Square before talks with Vladimir Putin.",
        "Red Square",
        id="the square a visitor was greeted in is not what he visited",
    ),
    pytest.param(
        "British lawyers are demanding that Interpol arrest Carlos Mendoza.",
        "United Kingdom",
        id="lawyers of a country do not act for its state",
    ),
    pytest.param(
        "A new poll shows that most Canadians want Parliament to investigate Mark Dalton.",
        "Canada",
        id="a share of a people is the public, not its state",
    ),
    pytest.param(
        "Coach Karl Lind trains Ola Berg. Lind gave his players a pep talk on Tuesday, "
        "telling them to believe in themselves.",
        "Ola Berg",
        id="his in the object may be the subject himself",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_ACTORS)
def test_no_event_has_this_actor(analyze, text, name):
    assert not _involves(analyze, text, name)


NO_EVENT_OF_ROOT = [
    pytest.param(
        "NASA plans to send the agency's new Volatiles Investigating Polar Exploration "
        "Rover to the moon's south pole in 2023.",
        "09",
        id="a verb inside a name reports no act",
    ),
    pytest.param(
        "The senator is entangled in the president's efforts to get Peru to investigate "
        "his rival Carlos Mendoza.",
        "09",
        id="an infinitive with its own subject is not done",
    ),
    pytest.param(
        "Analysts said the deadline left room for Chile to back down.",
        "08",
        id="an infinitive with its own subject is not done: room for",
    ),
    pytest.param(
        "The Chinese army took to the streets of Lhasa on Sunday to clear barricades.",
        "14",
        id="an army in the streets shows force and does not protest: army",
    ),
    pytest.param(
        "Chinese troops took to the streets of Lhasa on Sunday to clear barricades.",
        "14",
        id="an army in the streets shows force and does not protest: troops",
    ),
    pytest.param(
        "Chinese security forces took to the streets of Lhasa on Sunday to clear barricades.",
        "14",
        id="an army in the streets shows force and does not protest: security forces",
    ),
    pytest.param(
        "Over breakfast, Maria Lopez handed me a novel about a quest.",
        "08",
        id="a phrase before the verb is not its particle",
    ),
    pytest.param(
        "Senator Maria Lopez chairs the Senate subcommittee that funds NASA.",
        "07",
        id="what a body does by its office is no event",
    ),
    pytest.param(
        "The document was another in a series of communiques issued during the frequent "
        "meetings of Kenyan President William Ruto and Ugandan President Yoweri Museveni.",
        "04",
        id="a series of meetings is background",
    ),
]


@pytest.mark.parametrize(("text", "root"), NO_EVENT_OF_ROOT)
def test_no_event_of_this_root(analyze, text, root):
    assert root not in _roots(analyze, text)


def test_a_visited_border_is_a_place_not_its_country(analyze):
    text = "Senator Maria Lopez visited the southern U.S. border on Friday with two aides."
    coded = _coded(analyze(article(text)))
    assert not any(root == "04" and a2 for root, _, a2 in coded)


def test_a_visited_country_is_still_met(analyze):
    coded = _coded(analyze(article("Senator Maria Lopez visited Mexico on Friday.")))
    assert ("04", "Maria Lopez", "Mexico") in coded


def test_a_verb_with_its_own_subject_inside_a_tagged_name_still_acts(analyze):
    text = (
        "Rudolph and Garrett engaged in a heated altercation before Garrett hit Rudolph in "
        "the head with a helmet."
    )
    coded = _coded(analyze(article(text)))
    assert any(root == "18" for root, _, _ in coded)


def test_a_trip_to_a_hospital_still_visits_it(analyze):
    text = "President Joe Biden made an unscheduled trip to Walter Reed hospital on Saturday."
    assert ("04", "Joe Biden", "Walter Reed") in _coded(analyze(article(text)))


def test_what_a_plan_does_not_require_of_a_country_is_not_done(analyze):
    text = "Kenya rejected the plan because it did not require Somalia to withdraw from the towns."
    coded = _coded(analyze(article(text)))
    assert not any(root == "16" and a1 == "Somalia" for root, a1, _ in coded)


def test_what_a_body_did_once_is_an_event(analyze):
    text = "Senator Maria Lopez chairs the Senate subcommittee that funded NASA last year."
    assert ("07", "Senate", "NASA") in _coded(analyze(article(text)))
