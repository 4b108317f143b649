"""A reply that names no one it answers is made to the latest speaker before it."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, root_events


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            '"What is the plan if the rockets are late?" Mark Ortiz asked. '
            "Peter Walsh responded that the rocket is the only option.",
            ("Peter Walsh", "Mark Ortiz"),
            id="a reported reply answers the asker",
        ),
        pytest.param(
            '"What is the plan?" Mark Ortiz asked. "It depends on the budget," replied Peter Walsh.',
            ("Peter Walsh", "Mark Ortiz"),
            id="a quoted reply answers the asker",
        ),
        pytest.param(
            '"I cannot disagree with it," Mark Ortiz said. "But with eight launches, I will '
            'have to go with Mr. Paul Baker," he concluded. "Oh my," Peter Walsh responded.',
            ("Peter Walsh", "Mark Ortiz"),
            id="the last speaker is who said the quotation, not one it names",
        ),
        pytest.param(
            'Mark Ortiz returned to the issue later.\n\n"What is the plan if the rockets are '
            'late?"\n\nPeter Walsh responded that the rocket is the only option.',
            ("Peter Walsh", "Mark Ortiz"),
            id="the asker is whom the sentence before an unattributed question is about",
        ),
        pytest.param(
            '"Our ties are a stabilising force," Mark Ortiz said. Peter Walsh echoed the '
            "sentiment, calling the two firms partners.",
            ("Peter Walsh", "Mark Ortiz"),
            id="echoing the sentiment of the one before",
        ),
    ],
)
def test_a_reply_is_made_to_the_latest_speaker(analyze, text, pair):
    assert ("01", *pair) in root_events(analyze(article(text)))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mark Ortiz shoved Peter Walsh. Walsh responded by pushing him away.",
            id="a reply that says nothing",
        ),
        pytest.param(
            "Mark Ortiz asked about the deal. Peter Walsh did not respond to a request for comment.",
            id="no reply",
        ),
        pytest.param(
            'His editors asked him to explain. Mark Ortiz replied, "I have a horror of being obvious."',
            id="the asker is no one named",
        ),
        pytest.param(
            'Mark Ortiz said the talks went well. "We will meet again," Ortiz replied.',
            id="the last speaker is the replier",
        ),
        pytest.param(
            '"Then I heard Mark Ortiz ask about the plan. Peter Walsh replied that it was '
            'ready," Anna Berg said.',
            id="a dialogue retold in a quotation",
        ),
        pytest.param(
            'Mark Ortiz said the talks went well. Peter Walsh echoed his rival\'s slogan "Go Big".',
            id="echoing something other than what was said",
        ),
        pytest.param(
            "Mark Ortiz said Anna Berg was a star. When asked by a fan on Twitter to name her "
            'biggest influence, Berg responded, "Roger Ailes."',
            id="asked by someone unnamed",
        ),
    ],
)
def test_a_reply_to_no_one_named_is_aimed_at_no_one(analyze, text):
    events = root_events(analyze(article(text)))
    assert not [event for event in events if event[0] == "01" and event[2] is not None]


QUESTION = '"What is the plan if the rockets are late?" Mark Ortiz asked.'


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # put to the one who speaks next
        (f"{QUESTION} Peter Walsh noted that the rocket is in service today.", {"Peter Walsh"}),
        # asking about something puts no question to anyone
        ("Mark Ortiz asked about the plan. Peter Walsh noted that the rocket is ready.", set()),
        (f"{QUESTION} The hearing ended.", set()),  # no one speaks next
    ],
)
def test_a_question_that_names_no_one_is_put_to_the_next_speaker(analyze, text, asked):
    events = root_events(analyze(article(text)))
    assert {two for code, one, two in events if code == "02" and two is not None} == asked


def test_a_name_inside_a_name_in_a_quotation_may_be_the_speakers_own(analyze):
    """ "Roger's Angels" names the speaker only as the owner of something: "he" is still Ailes."""
    text = (
        "Roger Ailes hired Laurie Luhn in 1991. "
        "\"You are going to find me 'Roger's Angels,' \" he reportedly told her."
    )
    assert ("01", "Roger Ailes", "Laurie Luhn") in root_events(analyze(article(text)))
