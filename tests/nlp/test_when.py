"""The date of an action, read from its sentence against the publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.nlp.conftest import article, named_events

WEDNESDAY = datetime(2025, 3, 12, 9, 0)


def dates(analyze, text: str, published: datetime = WEDNESDAY) -> set[tuple[str, object]]:
    """(root code, date) of each event of one invented article."""
    events = named_events(analyze(article(text, published=published)))
    return {(code[:2], event.event_date) for code, _, _, event in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany and France praised their alliance during Tuesday's call.",
            {("05", date(2025, 3, 11))},
        ),
        (
            "In a joint statement published March 3, Poland accused Belarus of sabotage.",
            {("11", date(2025, 3, 3))},
        ),
        (
            "When police found the bodies on March 3, Poland accused Belarus of sabotage.",
            {("11", date(2025, 3, 3))},
        ),
        (
            "Spain bought ten jets from Italy, a deal announced on Monday.",
            {("06", date(2025, 3, 10))},
        ),
        (
            "The two leaders emphasized their ties during Tuesday's call, with Emmanuel Macron "
            "praising Olaf Scholz.",
            {("05", date(2025, 3, 11))},
        ),
    ],
    ids=[
        "possessive occasion",
        "statement published on a date",
        "when clause",
        "deal in apposition",
        "occasion of the governing verb",
    ],
)
def test_the_occasion_an_action_is_set_in_dates_it(analyze, text, expected):
    assert dates(analyze, text) == expected


def test_the_event_a_response_follows_is_not_its_occasion(analyze):
    text = "Poland expelled two Russian diplomats in the wake of Tuesday's bombing."
    assert dates(analyze, text) == {("16", None)}


def test_a_duration_since_a_month_is_no_date(analyze):
    text = "Israel has struck Hezbollah targets in Lebanon since January."
    assert dates(analyze, text) == {("19", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported on Monday that Hungary had accused Serbia of spying.",
        "Reuters reported on Monday that Hungary is accusing Serbia of spying.",
        "Thousands protested in Lisbon on Monday after Portugal expelled the Russian ambassador.",
    ],
    ids=["past perfect", "present", "after"],
)
def test_a_governing_date_does_not_date_another_time(analyze, text):
    found = [when for code, when in dates(analyze, text) if code in {"11", "16"}]
    assert found and all(when is None for when in found)


def test_a_past_tense_verb_dates_the_pledge_it_makes(analyze):
    text = "Japan promised on Monday to expand its cooperation with India."
    assert dates(analyze, text) == {("03", date(2025, 3, 10))}


def test_a_planned_action_keeps_its_date_after_publication(analyze):
    text = "Emmanuel Macron was due to meet Olaf Scholz on Friday in Berlin."
    assert dates(analyze, text) == {("04", date(2025, 3, 14))}


def test_verbs_joined_with_one_subject_share_a_date(analyze):
    text = "Hungary accused Ukraine of spying and expelled two Ukrainian diplomats in May 2021."
    assert dates(analyze, text) == {("11", date(2021, 5, 1)), ("16", date(2021, 5, 1))}


def test_a_verb_set_later_does_not_share_its_date(analyze):
    text = (
        "Hungary accused Ukraine of spying and later expelled two Ukrainian diplomats in May 2021."
    )
    assert ("11", None) in dates(analyze, text)


def test_a_day_after_a_present_tense_clause_is_not_dated_from_publication(analyze):
    text = "The visit comes a day after Poland accused Belarus of sabotage."
    assert dates(analyze, text) == {("11", None)}


def test_a_participle_describing_an_occasion_does_not_turn_a_plan_back(analyze):
    text = "Japan plans to meet India at talks set for Friday."
    assert dates(analyze, text) == {("03", date(2025, 3, 14))}


def test_a_verb_set_later_does_not_take_the_date_of_the_verb_it_joins(analyze):
    text = "Britain sanctioned Russia in 2014 and later accused Moscow of spying."
    assert ("11", None) in dates(analyze, text)


def test_a_threatened_act_keeps_a_date_after_publication(analyze):
    text = "Iran threatened to attack Israel on Friday."
    assert dates(analyze, text) == {("13", date(2025, 3, 14))}
