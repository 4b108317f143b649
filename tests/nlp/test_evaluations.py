"""Praise (05) and criticism (11): what one side says of another, and how it says it.

Each case is an invented sentence and one (code, actor 1, actor 2) event it must yield,
or a sentence that must yield no event of the root.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsetl.nlp.matching import matching_rule
from tests.nlp.conftest import article, named_events

EVALUATED = [
    # "each other" hung by the parser on the noun it is called
    pytest.param(
        'Scholz and Macron called each other "good friend" at the summit.',
        ("051", "Scholz", "Macron"),
        id="called-each-other-a-friend",
    ),
    # a relationship named as special praises the partner
    pytest.param(
        'Kenya\'s president described the partnership with India as "special".',
        ("051", "Kenya", "India"),
        id="described-a-partnership-as-special",
    ),
    # viewing an act as a mistake criticises its owner
    pytest.param(
        'The German foreign ministry said it viewed Washington\'s decision as a "grave mistake".',
        ("111", "Germany", "United States"),
        id="viewed-a-decision-as-a-mistake",
    ),
    pytest.param(
        'Viktor Orban dubbed the European Union\'s migration pact a "disaster".',
        ("111", "Viktor Orban", "European Union"),
        id="dubbed-a-pact-a-disaster",
    ),
    # a thing called a problem blames its owner
    pytest.param(
        'Tom Lind had dubbed Anna Berg\'s role in the campaign as "the Berg problem."',
        ("111", "Tom Lind", "Anna Berg"),
        id="dubbed-a-role-a-problem",
    ),
    pytest.param(
        "The Egyptian statement echoed Cairo's complaints about Ethiopia.",
        ("114", "Egypt", "Ethiopia"),
        id="complaints-about",
    ),
    pytest.param(
        "Senator Jane Doe raised doubts about Pete Hegseth.",
        ("111", "Jane Doe", "Pete Hegseth"),
        id="raised-doubts-about",
    ),
    pytest.param(
        "Netanyahu cheered the decision by the United States.",
        ("051", "Netanyahu", "United States"),
        id="cheered",
    ),
    pytest.param(
        "Mike Pompeo said he trusted Israel.", ("051", "Mike Pompeo", "Israel"), id="trusted"
    ),
    # how someone plays, praised by a speaker
    pytest.param(
        '"She is playing terrific tennis," Serena Williams said of Coco Gauff.',
        ("051", "Serena Williams", "Coco Gauff"),
        id="playing-terrific-tennis",
    ),
    pytest.param(
        '"She is playing superb tennis," Serena Williams said of Coco Gauff.',
        ("051", "Serena Williams", "Coco Gauff"),
        id="playing-superb-tennis-read-as-a-name",
    ),
    # a feeling toward someone: an adjective, a passive, a phrase on the copula, an owner
    pytest.param(
        'Joe Biden said he was "very disappointed" in Vladimir Putin.',
        ("111", "Joe Biden", "Vladimir Putin"),
        id="disappointed-in",
    ),
    pytest.param(
        "Angela Merkel was disappointed in Vladimir Putin.",
        ("111", "Angela Merkel", "Vladimir Putin"),
        id="disappointed-in-read-as-a-passive",
    ),
    pytest.param(
        "Merkel said she was impressed by Macron's speech.",
        ("051", "Merkel", "Macron"),
        id="impressed-by-an-owned-thing",
    ),
    pytest.param(
        "Germany was angry at Trump's decision to impose tariffs.",
        ("111", "Germany", "Trump"),
        id="angry-at-on-the-copula",
    ),
    pytest.param(
        '"We are delighted with this expanded collaboration with Ascom," said Olivier Bosc.',
        ("051", "Olivier Bosc", "Ascom"),
        id="delighted-with-a-joint-thing",
    ),
    # a thing a feeling is about stands, as a description, for whom the article says
    pytest.param(
        "Deval Patrick spoke in Boston on Monday. Eyamba Sowers said she was impressed with "
        "his record as governor.",
        ("051", "Eyamba Sowers", "Deval Patrick"),
        id="impressed-with-a-description",
    ),
    # a quotation after a colon is the words of the clause's subject, and its "they" may be
    # the people that clause lists
    pytest.param(
        'Mary Hart has found one drawback to working with Anna Berg and Tom Lind: "They are '
        'such good singers that nobody else wants to sing."',
        ("051", "Mary Hart", "Tom Lind"),
        id="quoted-after-a-colon-of-a-list",
    ),
    # a person's pronoun called a brilliant leader, the person the statement is of
    pytest.param(
        '"She is a brilliant leader," Tom Lind said of Anna Berg.',
        ("051", "Tom Lind", "Anna Berg"),
        id="she-is-a-brilliant-leader",
    ),
    # confidence in someone backs them; confidence that something will happen is optimism
    pytest.param(
        "Coach Anna Berg expressed confidence in Tom Lind, saying he always finds a way to score.",
        ("051", "Anna Berg", "Tom Lind"),
        id="confidence-in-someone",
    ),
    pytest.param(
        "Anna Berg expressed confidence that the team would win.",
        ("013", "Anna Berg", None),
        id="confidence-that-stays-optimism",
    ),
    pytest.param(
        "The German chancellor voiced frustration with Hungary over the sanctions package.",
        ("111", "Germany", "Hungary"),
        id="voiced-frustration-with",
    ),
    pytest.param(
        "Tom Lind expressed admiration for Anna Berg.",
        ("051", "Tom Lind", "Anna Berg"),
        id="expressed-admiration-for",
    ),
    # a finite verb the parser joined to a participle modifier shares the clause's subject
    pytest.param(
        "Scholz and Macron met on Monday. They shook hands in a grand Kremlin hall adorned "
        'with national flags and referred to one another as "friend" in their remarks.',
        ("051", "Scholz", "Macron"),
        id="verb-joined-to-a-participle-modifier",
    ),
    # "I think" passes the speaker's own judgement on to the report
    pytest.param(
        '"I think Trump\'s decision was wrong," Angela Merkel said.',
        ("111", "Angela Merkel", "Trump"),
        id="i-think-it-was-wrong",
    ),
    # a claim against someone called untrue, or not credible, defends them
    pytest.param(
        "Kurt Volker said the allegations against Joe Biden were false.",
        ("052", "Kurt Volker", "Joe Biden"),
        id="allegations-against-called-false",
    ),
    pytest.param(
        '"The accusations against Anna Berg are not credible," Tom Lind said.',
        ("052", "Tom Lind", "Anna Berg"),
        id="accusations-against-not-credible",
    ),
    # the owner of the support backs whoever has it; "his" after "said" is the speaker
    pytest.param(
        "Coach Anna Berg said Tom Lind has his full support as captain.",
        ("051", "Anna Berg", "Tom Lind"),
        id="has-his-support",
    ),
    pytest.param(
        '"Tom Lind has my complete endorsement," Governor Jane Rowe said.',
        ("051", "Jane Rowe", "Tom Lind"),
        id="has-my-endorsement",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVALUATED)
def test_an_evaluation_of_another_is_coded(analyze, text, expected):
    events = named_events(analyze(article(text)))
    assert expected in [(code, one, two) for code, one, two, _ in events]


@pytest.mark.parametrize(
    "text",
    [
        "Scholz said he was not happy with Macron.",  # a feeling denied
        "Merkel was pleased with the result.",  # about no one
        "Critics were disappointed by the ruling.",
        "Coach Anna Berg said Tom Lind does not have her support.",  # support denied
        "Kurt Volker said the allegations against Joe Biden were not false.",
    ],
)
def test_a_feeling_denied_or_about_no_one_is_no_event(analyze, text):
    assert named_events(analyze(article(text))) == []


def test_a_participle_read_into_the_name_it_greets_keeps_its_as_phrase():
    # the parse a news article gave 'Greeting Xi as his "dear friend", Putin said': the
    # participle as part of the name, the "as" phrase on the name
    words = ["Greeting", "Xi", "as", "his", "dear", "friend", ",", "Putin", "said", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 8, 1, 5, 5, 2, 8, 8, 8, 8],
        deps=["compound", "npadvmod", "prep", "poss", "amod", "pobj", "punct", "nsubj"]
        + ["ROOT", "punct"],
        tags=["VBG", "NNP", "IN", "PRP$", "JJ", "NN", ",", "NNP", "VBD", "."],
        pos=["VERB", "PROPN", "ADP", "PRON", "ADJ", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT"],
        lemmas=["greet", "Xi", "as", "his", "dear", "friend", ",", "Putin", "say", "."],
    )
    rule = matching_rule(doc[0], "VERB")
    assert rule is not None and rule.code == "051"
