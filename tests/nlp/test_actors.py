"""Reading who a word stands for never loops."""

from __future__ import annotations

import pytest

from newsetl.nlp.actors import ActorFinder
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.mentions import collect_mentions
from newsetl.nlp.resolve import Mention
from tests.nlp.conftest import article, named_events, root_events

# "masters" is described by its owner "their", which stands for the sentence's conjoined
# subject, whose conjunct is "masters" again.
LOOPING = (
    "Hong Kong police and their Chinese Ministry of State Security intelligence service "
    "masters are proving unable to stem the mass disorder."
)


def _context(nlp, text: str) -> ArticleContext:
    doc = nlp(text)
    context = ArticleContext(article_index=0, doc=doc, published=None)
    sentences = list(doc.sents)
    context.sentence_starts = [sentence.start for sentence in sentences]
    collect_mentions(context, sentences)
    return context


def test_a_word_whose_reading_comes_back_to_itself_stands_for_no_one_there(nlp):
    context = _context(nlp, LOOPING)
    finder = ActorFinder(context)
    for token in context.doc:
        finder.actors(token)  # raised RecursionError on "masters" and "their"
    police = next(token for token in context.doc if token.text == "police")
    assert {context.mentions[index].text for index in finder.actors(police)} == {"Hong Kong"}


def test_a_names_kind_is_the_one_its_short_and_full_forms_mostly_have(nlp):
    context = ArticleContext(article_index=0, doc=nlp("Assange."), published=None)
    context.mentions.extend(
        Mention(0, 0, start, text, kind)
        for start, (text, kind) in enumerate(
            [
                ("Julian Assange", "PERSON"),
                ("Assange", "ORG"),
                ("Assange", "PERSON"),
                ("WikiLeaks", "ORG"),
                ("WikiLeaks", "ORG"),
                ("WikiLeaks", "ORG"),
            ]
        )
    )
    assert context.kind_of(1) == "PERSON"  # two PERSON forms against one ORG
    assert context.kind_of(3) == "ORG"  # names sharing no word do not vote
    assert context.sharing_words(1) == [0, 1, 2]


def test_the_two_leaders_are_the_heads_of_government_the_article_has_named(analyze):
    knowledge = analyze(
        article(
            "Russian President Vladimir Putin hosted Chinese President Xi Jinping in May. "
            "On Monday, Foreign Minister Sergei Lavrov met Xi in Beijing. Lavrov praised "
            "the talks. Lavrov then flew home. "
            "The two leaders pledged to coordinate more closely against sanctions."
        )
    )
    pledges = {
        frozenset({one, two}) for code, one, two, _ in named_events(knowledge) if code[:2] == "03"
    }
    assert pledges == {frozenset({"Vladimir Putin", "Xi Jinping"})}


def test_the_two_leaders_are_the_pair_last_named_together(analyze):
    knowledge = analyze(
        article(
            "Chinese President Xi Jinping visited Moscow on Monday. US President Donald Trump "
            "criticised the visit. Donald Trump said tariffs would follow. Donald Trump spoke "
            "to reporters in Washington. Xi endorsed Russian President Vladimir Putin's stance "
            "on Ukraine. The two leaders met again on Friday."
        )
    )
    meetings = {frozenset({one, two}) for root, one, two in root_events(knowledge) if root == "04"}
    assert frozenset({"Vladimir Putin", "Xi Jinping"}) in meetings
    assert frozenset({"Donald Trump", "Xi Jinping"}) not in meetings


def test_the_leaders_are_the_two_people_their_sentence_named_before_them(analyze):
    knowledge = analyze(
        article(
            "Kenyan President William Ruto spoke in Nairobi on Monday. "
            "Joe Biden praised Angela Merkel on Friday as the leaders met in Berlin."
        )
    )
    meetings = {frozenset({one, two}) for root, one, two in root_events(knowledge) if root == "04"}
    assert meetings == {frozenset({"Joe Biden", "Angela Merkel"})}


def test_the_group_is_the_armed_group_the_model_typed_as_a_nationality(analyze):
    knowledge = analyze(
        article(
            "Israeli warplanes struck the Houthi-controlled port of Hodeidah in western Yemen "
            "on Saturday, a day after a drone launched by the Iran-aligned group hit an "
            "apartment building in Tel Aviv and killed a man."
        )
    )
    assert ("19", "Houthis", "Tel Aviv") in set(root_events(knowledge))


@pytest.mark.parametrize(
    ("first", "praised"),
    [
        ("Chinese Vice Premier Liu He", {("05", "Donald Trump", "Liu He")}),
        # two presidents named before: "the president" names neither
        ("President Xi Jinping and Vice Premier Liu He", set()),
    ],
)
def test_a_bare_title_is_the_one_person_named_before_who_holds_it(analyze, first, praised):
    knowledge = analyze(
        article(
            f"President Donald Trump met {first} in Washington on Friday. "
            "Tariffs remain in place. The president praised Liu for the progress of the talks."
        )
    )
    assert {event for event in root_events(knowledge) if event[0] == "05"} == praised


@pytest.mark.parametrize(
    ("mentions_of_trump", "praised"),
    [
        (4, {("05", "Donald Trump", "Liu He")}),
        # both presidents named about as often: "the president" names neither
        (1, set()),
    ],
)
def test_a_bare_title_is_the_holder_the_article_names_far_more_often(
    analyze, mentions_of_trump, praised
):
    story = " ".join(["Trump wants a trade deal."] * (mentions_of_trump - 1))
    knowledge = analyze(
        article(
            f"President Donald Trump met Chinese Vice Premier Liu He in Washington on Friday. "
            f"{story} French President Emmanuel Macron said he welcomed the talks. "
            "The president praised Liu for the progress of the talks."
        )
    )
    assert {event for event in root_events(knowledge) if event[0] == "05"} == praised


@pytest.mark.parametrize(
    ("second", "threats"),
    [
        ("Peter Vance, 48, of Albany, called her office in March.", {("13", "Peter Vance")}),
        # the next sentence's subject is someone the article named already: not the man
        ("Ilhan Omar said she felt safe at home.", set()),
    ],
)
def test_a_ledes_unnamed_man_is_the_one_the_next_sentence_names(analyze, second, threats):
    knowledge = analyze(
        article(
            "A Texas man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar, "
            f"prosecutors announced on Monday. {second}"
        )
    )
    assert {(root, one) for root, one, _ in root_events(knowledge) if root == "13"} == threats


def test_the_noun_is_the_entity_just_introduced_by_it(analyze):
    text = (
        "Acme cut 900 jobs on Monday. The group, Acme Workers United, formed in May. Acme "
        "said the cuts were needed. Acme hired advisers. The group criticized Acme on Friday."
    )
    found = {event for event in root_events(analyze(article(text))) if event[0] == "11"}
    assert found == {("11", "Acme Workers United", "Acme")}


def test_an_unnamed_one_since_ends_the_introduced_ones_chain(analyze):
    text = (
        "Acme cut 900 jobs on Monday. The group, Acme Workers United, formed in May. Acme "
        "said the cuts were needed. A group of drivers marched to the depot. The group "
        "criticized Acme on Friday."
    )
    critics = {one for root, one, _ in root_events(analyze(article(text))) if root == "11"}
    assert "Acme Workers United" not in critics


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        (
            "Carol Weiss and Peter Novak lived in Charleston. The couple praised Tom Ford.",
            {("05", "Carol Weiss", "Tom Ford"), ("05", "Peter Novak", "Tom Ford")},
        ),
        (  # three people named together: which two is unclear
            "Carol Weiss, Peter Novak and Ann Cole lived in Charleston. "
            "The couple praised Tom Ford.",
            set(),
        ),
    ],
)
def test_the_couple_is_the_two_people_last_named_together(analyze, text, praise):
    found = {event for event in root_events(analyze(article(text))) if event[0] == "05"}
    assert found == praise


def test_the_noun_is_the_one_the_article_described_by_it(analyze):
    text = (
        "Andrew spoke about his friendship with convicted pedophile Jeffrey Epstein. "
        "Andrew denied wrongdoing. The pedophile praised Andrew in 2010."
    )
    assert ("05", "Jeffrey Epstein", "Andrew") in set(root_events(analyze(article(text))))


def test_a_noun_that_described_two_names_neither(analyze):
    text = (
        "Convicted pedophile Jeffrey Epstein met convicted pedophile Larry Nassar. "
        "Andrew denied wrongdoing. The pedophile praised Andrew in 2010."
    )
    assert not [event for event in root_events(analyze(article(text))) if event[0] == "05"]
