"""A quotation's "I" and "we" stand for its speaker, "you" for whom the speaker tells."""

from __future__ import annotations

import pytest

from newsetl.nlp.quotes import Quotations
from tests.nlp.conftest import article, named_events, root_events


def _speakers(nlp, text: str, word: str) -> list[str | None]:
    doc = nlp(text)
    quotations = Quotations(doc)
    found = [quotations.speaker_of(token) for token in doc if token.text == word]
    return [speaker.text if speaker is not None else None for speaker in found]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('"We will respond," Saree said.', ["Saree"]),
        ("“We will respond,” said Saree.", ["Saree"]),
        ("Saree said: “We will respond.”", ["Saree"]),
        # a quotation of two sentences: its speaker is named where it closes
        ("“We will respond. We are ready,” Saree told reporters.", ["Saree", "Saree"]),
        # the speaker of the second quotation is not the first one's
        ('"We lost," Saree said. "We won," Lee said.', ["Saree", "Lee"]),
    ],
)
def test_a_quotations_speaker_is_the_subject_of_the_reporting_verb_beside_it(nlp, text, speakers):
    assert _speakers(nlp, text, "We") == speakers


@pytest.mark.parametrize(
    "text",
    [
        "We will respond, Saree said.",  # no quotation: the writer's own "we"
        "“We will respond” was the slogan of the campaign.",  # no reporting verb
    ],
)
def test_a_first_person_pronoun_with_no_quoted_speaker_has_none(nlp, text):
    assert _speakers(nlp, text, "We") == [None]


def test_a_quotation_left_open_at_a_paragraph_end_ends_there(nlp):
    text = "“We will respond,\n\nSaree said. We are ready."
    assert _speakers(nlp, text, "We") == [None, None]


def test_you_is_whom_the_speaker_tells(nlp):
    doc = nlp("“I love the way you work,” Cook told Benioff.")
    you = next(token for token in doc if token.text == "you")
    assert Quotations(doc).addressee_of(you).text == "Benioff"


def test_an_event_told_in_the_first_person_is_the_speakers(analyze):
    knowledge = analyze(article('"I will meet Vladimir Putin next week," Donald Trump said.'))
    assert root_events(knowledge) == [("04", "Donald Trump", "Vladimir Putin")]


def test_we_and_our_in_a_ministrys_quotation_are_its_country(analyze):
    knowledge = analyze(
        article(
            "“We strongly condemn Israel's attack on our embassy,” Iran's foreign ministry said."
        )
    )
    assert set(root_events(knowledge)) == {
        ("11", "Iran", "Israel"),
        ("19", "Israel", "Iran"),
    }


def test_they_continues_the_latest_subject_when_it_is_an_organisation(analyze):
    knowledge = analyze(
        article(
            "Goldman Sachs has twice denied doing anything wrong. "
            '"At no point did we mislead investors," they said in a statement. '
            "The SEC criticized them on Friday."
        )
    )
    assert ("11", "U.S. Securities and Exchange Commission", "Goldman Sachs") in set(
        root_events(knowledge)
    )


def test_they_after_a_plural_noun_subject_stands_for_no_organisation(analyze):
    knowledge = analyze(
        article(
            "Goldman Sachs hired new bankers in London. "
            "The bankers said the bank was slow. They criticized Barclays on Friday."
        )
    )
    assert all(one != "Goldman Sachs" for _, one, _, _ in named_events(knowledge))


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the next paragraph's quotation, with no reporting verb, goes on in the same voice
        ('"We pray for them," said Grisham.\n\n"We thank the government."', ["Grisham", "Grisham"]),
        ('"We lost," Saree said. "We will fight on."', ["Saree", "Saree"]),
        # a sentence of the writer's own between them breaks the run
        ('"We lost," Saree said.\n\nThe talks failed. "We will fight on."', ["Saree", None]),
    ],
)
def test_a_quotation_without_its_own_speaker_continues_the_one_before(nlp, text, speakers):
    assert _speakers(nlp, text, "We") == speakers


@pytest.mark.parametrize(
    "text",
    [
        # a spokesperson speaks for whom the article names after "for", or its company
        'Boeing cut jobs. A company spokesperson said that "we condemn the {faa}."',
        'Boeing cut jobs. A spokesperson for Boeing said: "We condemn the {faa}."',
        # "the statement" is the one the article last said someone issued
        'Boeing issued a statement. "We condemn the {faa}," the statement said.',
    ],
)
def test_we_of_a_spokesperson_or_a_statement_is_whom_it_speaks_for(analyze, text):
    faa = "Federal Aviation Administration"
    knowledge = analyze(article(f"The {faa} grounded the jets. {text.format(faa=faa)}"))
    assert ("11", "Boeing", faa) in set(root_events(knowledge))


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Jane Porter posted on Monday.\n\nI urge every voter to go out today "
            "pic.twitter.com/AbCd12\n\n— Jane Porter (@janeporter) May 4, 2021\n\nPolls close at 8.",
            ["Porter"],
        ),
        # no signature after the paragraph: the writer's own "I"
        (
            "Jane Porter posted on Monday.\n\nI urge every voter to go out today.\n\nPolls close.",
            [None],
        ),
        # a signature two paragraphs on signs the paragraph before it, not this one
        (
            "I urge every voter to go out.\n\nPolls close at 8.\n\n"
            "— Jane Porter (@janeporter) May 4, 2021",
            [None],
        ),
    ],
)
def test_first_person_of_an_embedded_post_is_the_author_its_signature_names(nlp, text, speakers):
    assert _speakers(nlp, text, "I") == speakers


def test_an_event_told_in_an_embedded_post_is_its_authors(analyze):
    text = (
        "Jane Porter turned to Twitter last month.\n\nI urge Germany to send aid now "
        "pic.twitter.com/AbCd12\n\n— Jane Porter (@janeporter) May 4, 2021"
    )
    assert ("02", "Jane Porter", "Germany") in root_events(analyze(article(text)))


def test_a_quotation_with_no_attribution_after_a_sentence_about_someone_is_theirs(nlp):
    text = 'Ortiz returned to the issue later in the hearing.\n\n"What rockets exist today?"'
    assert _speakers(nlp, text, "What") == ["Ortiz"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the parser ends the sentence at "?", leaving the attribution one of its own
        ('"What do we do now?" Ortiz asked.', ["Ortiz"]),
        # a sentence after the quotation that says more is a new statement, not its attribution
        ('"Do we go on?" Ortiz said the team would decide.', [None]),
    ],
)
def test_an_attribution_split_off_by_a_question_mark_still_names_the_speaker(nlp, text, speakers):
    assert _speakers(nlp, text, "we") == speakers
