"""A state's agents named without their state ("Police arrested", "security forces
attacked") stand for the country the article is about, when one clearly leads; agents
with their own owner or qualifier ("company officials", "NATO officials") keep it."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, named_events


def _coded(knowledge) -> set[tuple[str, str, str | None]]:
    return {(code[:2], a1, a2) for code, a1, a2, _ in named_events(knowledge)}


LEDE = "LIMA, Peru — Peru's president opened a new bridge in Lima on Monday. "


@pytest.mark.parametrize(
    ("agents", "the_state"),
    [
        ("Security forces", True),
        ("Officials", True),
        ("The military", True),
        ("Soldiers", True),
        ("Company officials", False),
        ("Local forces", False),
        ("The official", False),
    ],
)
def test_unnamed_state_agents_stand_for_the_article_country(analyze, agents, the_state):
    coded = _coded(analyze(article(LEDE + agents + " accused Bolivia of smuggling weapons.")))
    assert (("11", "Peru", "Bolivia") in coded) is the_state


def test_agents_stay_unread_when_two_countries_compete(analyze):
    text = (
        "Peru's president met Chile's president in Lima on Monday. "
        "Officials accused Bolivia of smuggling weapons."
    )
    coded = _coded(analyze(article(text)))
    assert not any(code == "11" for code, _, _ in coded)


def test_officials_from_elsewhere_are_not_the_article_country(analyze):
    text = LEDE + "Officials from Chile and Ecuador accused Bolivia of smuggling weapons."
    coded = _coded(analyze(article(text)))
    assert ("11", "Peru", "Bolivia") not in coded


def test_troops_in_a_by_phrase_are_the_article_country(analyze):
    text = (
        "HARARE, Zimbabwe — Zimbabwe's president addressed parliament in Harare on Monday. "
        "The home of opposition leader Nelson Chamisa was attacked by troops."
    )
    coded = _coded(analyze(article(text)))
    assert any(a1 == "Zimbabwe" and a2 == "Nelson Chamisa" for _, a1, a2 in coded)


# Peru leads Chile three to two: the dateline settles it.
FILED_FROM_PERU = (
    "LIMA, Peru (AP) — Chile's foreign minister on Wednesday accused Bolivia of smuggling, "
    "and Peru's president agreed. Chile signed a deal with Peru. "
    "Officials accused Bolivia of hoarding water."
)


def test_a_story_filed_from_the_country_it_names_most_is_about_that_country(analyze):
    assert ("11", "Peru", "Bolivia") in _coded(analyze(article(FILED_FROM_PERU)))
