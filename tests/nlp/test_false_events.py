"""Precision rules of round 7: a statement to the press has no addressee; what is only
asked, set as a condition or made possible is no event; a protest noun's place is where it
was, not who protested."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, root_events


def _coded(analyze, text: str) -> set[tuple[str, str, str | None]]:
    return set(root_events(analyze(article(text))))


def _roots(analyze, text: str) -> set[str]:
    return {root for root, _, _ in _coded(analyze, text)}


def test_a_statement_to_a_leader_is_still_coded(analyze):
    text = "Emmanuel Macron told Olaf Scholz on Friday that the talks would go on."
    assert ("01", "Emmanuel Macron", "Olaf Scholz") in _coded(analyze, text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "Congress is trying to establish whether the United States imposed new sanctions "
            "on Iran last year to pressure President Hassan Rouhani into talks.",
            "16",
        ),
        ("If Japan held talks with North Korea, Seoul would object.", "04"),
        ("Seoul will protest if Japan imposes sanctions on North Korea.", "16"),
        (
            "Officials said the prisoner swap paved the way for talks between Armenia and "
            "Azerbaijan.",
            "04",
        ),
        (
            "He said the swap would \u201cpave the way\u201d for direct talks between Armenia "
            "and Azerbaijan.",
            "04",
        ),
    ],
)
def test_what_is_asked_set_as_a_condition_or_made_possible_is_no_event(analyze, text, root):
    assert root not in _roots(analyze, text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a statement to the press has no addressee
        ("Emmanuel Macron told French media on Friday that the talks would go on.", "01"),
        ("Olaf Scholz told Reuters correspondent Anna Weber on Monday that it was dead.", "01"),
        ("\u201cThe deal is done,\u201d Olaf Scholz tells The Berlin Reporter.", "01"),
        # a protest noun takes neither its place nor the subject of the clause it sits in
        ("Two people died during protests in Peru on Sunday.", "14"),
        ("The march on Tuesday was Ohio's biggest teacher protest in a decade.", "14"),
        (
            "Iranian security forces used lethal force to crush protests in cities across Iran.",
            "14",
        ),
        (
            "Turkish police fired tear gas at students as the latest round of protests escalates.",
            "14",
        ),
    ],
)
def test_no_press_addressee_and_no_protester_from_a_place(analyze, text, root):
    assert root not in _roots(analyze, text)


def test_pressure_asked_about_names_no_target(analyze):
    text = (
        "Congress is trying to establish whether the United States imposed new sanctions on "
        "Iran last year to pressure President Hassan Rouhani into talks."
    )
    assert not any(two == "Hassan Rouhani" for _, _, two in _coded(analyze, text))


def test_talks_held_and_the_main_clause_of_a_condition_are_still_coded(analyze):
    held = "Armenian leaders held talks with Azerbaijan in Baku on Friday."
    assert ("04", "Armenia", "Azerbaijan") in _coded(analyze, held)
    conditioned = "Seoul will protest if Japan imposes sanctions on North Korea."
    assert "14" in _roots(analyze, conditioned)


def test_people_protesting_in_a_place_and_a_protest_staged_are_coded(analyze):
    assert ("14", "Lima", None) in _coded(analyze, "Thousands of people protested in Lima.")
    assert "14" in _roots(analyze, "Greek unions staged a protest in Athens on Friday.")
