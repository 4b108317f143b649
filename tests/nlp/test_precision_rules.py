"""Precision rules: an unknown nationality blocks "the government" -> the article's
country, a topic after "policies on" / "talks about" is not a target, a contest won is no
fight."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, named_events


def _coded(knowledge) -> set[tuple[str, str, str | None]]:
    return {(code[:2], a1, a2) for code, a1, a2, _ in named_events(knowledge)}


def test_an_unknown_nationality_blocks_the_article_country_fallback(analyze):
    text = (
        "Thousands marched through Ankara on Sunday as Turkish unions kept up their strike. "
        "The union leader Ayse Demir accused the Kurdish government of ignoring the workers."
    )
    coded = _coded(analyze(article(text)))
    assert not any(a2 == "Turkey" for code, _, a2 in coded if code == "11")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "The opposition leader Jeremy Corbyn attacked the policies on Brexit on Tuesday.",
            "Brexit",
        ),
        ("Emmanuel Macron criticised the views about Iran on Friday.", "Iran"),
        ("Emmanuel Macron condemned the talks on Iran on Friday.", "Iran"),
    ],
)
def test_a_topic_after_policies_on_or_talks_about_is_not_the_target(analyze, text, topic):
    coded = _coded(analyze(article(text)))
    assert not any(a2 == topic for _, _, a2 in coded)


def test_sanctions_on_a_country_still_target_it(analyze):
    text = "The United States imposed new sanctions on Iran on Friday."
    assert ("16", "United States", "Iran") in _coded(analyze(article(text)))


def test_talks_with_a_country_still_target_it(analyze):
    text = "Emmanuel Macron held talks with Narendra Modi on Friday."
    assert ("04", "Emmanuel Macron", "Narendra Modi") in _coded(analyze(article(text)))


def test_country_of_knows_more_nationalities_and_their_plurals():
    from newsetl.nlp.names import country_of

    assert country_of("Afghan") == "Afghanistan"
    assert country_of("Iraqis") == "Iraq"
    assert country_of("Israelis") == "Israel"
    assert country_of("Swiss") == "Switzerland"
    assert country_of("Republicans") is None


@pytest.mark.parametrize(
    ("demonym", "country"),
    [
        ("Ecuadorean", "Ecuador"),
        ("Ivorian", "Ivory Coast"),
        ("Burkinabe", "Burkina Faso"),
        ("Malagasy", "Madagascar"),
        ("Gambians", "Gambia"),
        ("Trinidadian", "Trinidad and Tobago"),
        ("Costa Rican", "Costa Rica"),
        ("Papua New Guinean", "Papua New Guinea"),
    ],
)
def test_country_of_knows_the_smaller_states_nationalities(demonym, country):
    from newsetl.nlp.names import country_of

    assert country_of(demonym) == country


@pytest.mark.parametrize("shared", ["Congolese", "Dominican", "Korean", "Guinean"])
def test_a_nationality_two_states_share_names_neither(shared):
    from newsetl.nlp.names import country_of

    assert country_of(shared) is None


def test_a_smaller_states_officials_act_for_it(analyze):
    text = "Ivorian officials met Liberian ministers in Abidjan on Monday."
    assert ("04", "Ivory Coast", "Liberia") in _coded(analyze(article(text)))


def test_a_prisoner_swap_with_one_side_only_is_not_coded(analyze):
    text = "The rebels swapped two hostages for three of their commanders on Tuesday."
    assert not any(code == "08" for code, *_ in _coded(analyze(article(text))))


def test_a_prisoner_swap_between_two_named_sides_is_coded(analyze):
    text = "Russia and Ukraine exchanged prisoners on Friday."
    assert {(code, a1, a2) for code, a1, a2 in _coded(analyze(article(text)))} == {
        ("08", "Russia", "Ukraine")
    }


@pytest.mark.parametrize(
    "text",
    [
        # a game won, whoever the model takes the players for
        "Marcel Granollers and Feliciano Lopez defeated Karen Khachanov 6-4, 7-6 on Sunday.",
        # an election won
        "Andy Beshear defeated Matt Bevin in the race for governor.",
    ],
)
def test_a_contest_won_is_no_fight(analyze, text):
    assert not any(code.startswith(("18", "19")) for code, _, _ in _coded(analyze(article(text))))


def test_armed_sides_that_defeat_each_other_still_fight(analyze):
    text = "Ukrainian troops defeated Russian forces near Kharkiv in September."
    assert ("19", "Ukraine", "Russia") in _coded(analyze(article(text)))


PURPOSE = (
    "Iran and Syria have been pressing Turkey to leave Afrin, in order to open up a route for "
    "Iranian military aid to Syrian government forces."
)


def test_the_purpose_of_an_act_has_not_happened(analyze):
    coded = _coded(analyze(article(PURPOSE)))
    assert ("02", "Iran", "Turkey") in coded  # the act itself
    assert not any(code == "07" for code, *_ in coded)  # the aid it is meant to let through


def test_what_a_refusal_is_about_did_not_happen(analyze):
    coded = _coded(
        analyze(article("Iran's refusal to release the British prisoners angered London."))
    )
    assert not any(code == "08" for code, *_ in coded)
