"""Whom a pronoun stands for: the readings of "he", "she", "it" and "they" that news
prose relies on, and the ones it never means."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article, root_events

READINGS = [
    pytest.param(
        "Beijing rejected the claims.\n\n"
        "Xi called the plan a fresh engine. He also urged Japan to support the talks.",
        {("02", "Xi", "Japan")},
        id="the tail of 'claims.' is no 'Ms.' before Xi, so 'he' may be Xi",
    ),
    pytest.param(
        "Last week, Jane Porter posted a video on Twitter about her old songs. "
        "She claimed the label had cut her pay.\n\n"
        '"I just want to sing my own songs," she said. "That is all. I have tried to '
        'settle this quietly but nothing worked."\n\n'
        "She also accused Harbor Records of blocking her new album.",
        {("11", "Jane Porter", "Harbor Records")},
        id="a quotation's own sentences are not sentences 'she' looks back over",
    ),
    pytest.param(
        "Vladimir Putin met Xi Jinping in Moscow on Thursday. "
        '"Our ties are strong," Xi said as the two men shook hands. '
        "They also criticised Japan over its new missile base.",
        {("11", "Vladimir Putin", "Japan"), ("11", "Xi Jinping", "Japan")},
        id="'they' continues a plural subject that names actors",
    ),
    pytest.param(
        "Andrew claims he visited Epstein to end the friendship. This required Prince "
        "Andrew spending three days at the mansion of Epstein. During the visit, he was "
        "photographed having long chats with Epstein in the park.",
        {("04", "Andrew", "Epstein")},
        id="a subject pronoun is no one named later in its own clause",
    ),
    pytest.param(
        "Kurt Volker called Rudy Giuliani a friend. Volker said the talks were useful, and "
        "he had one in-person meeting with him, in which Giuliani raised the theory.",
        {("04", "Kurt Volker", "Rudy Giuliani")},
        id="an object pronoun is not its clause's subject, though that is 'he'",
    ),
    pytest.param(
        "A row involving Jane Porter and her former label is ending. The group that owns "
        "most of her music, Harbor Records, says she will be allowed to play her old songs. "
        "Porter got support last week, after accusing them of trying to stop her.",
        {("11", "Jane Porter", "Harbor Records")},
        id="'them' is never one person: the organisation before her",
    ),
    pytest.param(
        "Jane Porter said she had lost control of her albums. The label was bought this "
        "year by a company owned by talent manager Scott Braun. In a post at the time she "
        "accused him of bullying.",
        {("11", "Jane Porter", "Scott Braun")},
        id="'she' passes over a man not shown as one to the woman the article shows",
    ),
    pytest.param(
        'Tom Stafford spoke at the hearing. "I will have to side with Mr. Doug Cooke," he '
        'said. "I urge Doug Cooke to stay," he added.',
        {("02", "Tom Stafford", "Doug Cooke")},
        id="whoever says a quotation is no one it names",
    ),
]

# (text, root, the only events of that root the text codes)
NO_OTHER_READING = [
    pytest.param(
        "Big Machine denied the claims on Friday. The protesters gathered outside its "
        "offices. They criticised Harbor Records over the deal.",
        "11",
        set(),
        id="'they' after a plural noun that names no one stands for no one",
    ),
    pytest.param(
        "Moscow rejected the plan on Monday, and Ukraine and its allies met Polish "
        "officials in Warsaw.",
        "04",
        {("Ukraine", "Poland")},
        id="'its' joined to a name is that name's, not the clause subject's",
    ),
    pytest.param(
        "Oskar Sundqvist and David Perron scored to lead St. Louis past Tampa Bay, spoiling "
        "Pat Maroon's return. Maroon made his first trip back to the city since signing a "
        "contract with the Lightning.",
        "04",
        set(),
        id="'his' of the event's own subject stands for no one else",
    ),
    pytest.param(
        "Google fired the engineers on Monday. Sundar Pichai said they had criticised Microsoft.",
        "11",
        set(),
        id="people named by a plural noun between may be 'they': the subject is not",
    ),
    pytest.param(
        "Apple sued Samsung in May. Tim Cook said they had criticised Microsoft.",
        "11",
        {("Apple", "Samsung")},
        id="another organisation named between may be 'they': the subject is not",
    ),
]


@pytest.mark.parametrize(("text", "events"), READINGS)
def test_the_pronoun_is_read_as_the_one_it_stands_for(analyze, text, events):
    assert events <= set(root_events(analyze(article(text))))


@pytest.mark.parametrize(("text", "root", "pairs"), NO_OTHER_READING)
def test_the_pronoun_stands_for_no_one_else(analyze, text, root, pairs):
    coded = {(one, two) for code, one, two in root_events(analyze(article(text))) if code == root}
    assert coded == pairs


def test_they_in_a_quotation_continues_a_subject_of_that_quotation(analyze):
    quoted = '"Harbor Records lied to her for years. They criticised Porter in public,"'
    said = f"Jane Porter left the label in May. {quoted} said her lawyer, Tom Reed."
    assert ("11", "Harbor Records", "Jane Porter") in root_events(analyze(article(said)))


def test_its_past_a_person_subject_is_the_one_country_named_after_it(analyze):
    flew = "Antony Blinken flew to Beijing on Monday and condemned its arms sales."
    assert ("11", "Antony Blinken", "China") in root_events(analyze(article(flew)))


def test_we_in_a_quotation_after_reported_speech_is_its_speaker(analyze):
    # no attribution of its own: the quotation goes on in the voice of "Erekat said ..."
    reported = "Erekat said it was only the latest move by the United States to force them."
    quoted = '"They wanted us on our knees and we will criticise Washington at the UN."'
    events = root_events(analyze(article(f"{reported}\n\n{quoted}")))
    assert ("11", "Erekat", "United States") in events


@pytest.mark.parametrize(
    ("people", "told"),
    [
        ("the Ukrainians", {("01", "Anna Berg", "Ukraine")}),
        # a people of no country is no one "them" is read as
        ("the Christians", set()),
    ],
)
def test_them_is_the_one_people_the_sentence_before_names(analyze, people, told):
    text = (
        f"Ambassador Anna Berg said she first discussed the delay with {people} in August. "
        '"I told them it was an internal problem," Berg said.'
    )
    assert {event for event in root_events(analyze(article(text))) if event[0] == "01"} == told
