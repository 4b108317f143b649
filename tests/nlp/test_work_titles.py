"""A work's title in quotation marks is one WORK_OF_ART, not the model's pieces of it."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import article


def _mentions(analyze, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in analyze(article(text)).entity_mentions}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("They wrote music for the television show “Nashville.”", "Nashville"),
        ("McDonald sang their single “Takin’ It to the Streets.”", "Takin’ It to the Streets"),
        ("She starred in a BBC adaptation of “War & Peace” in 2016.", "War & Peace"),
        # no work noun, but the model saw a work of art in it
        (
            "James Van Der Beek has been eliminated from “Dancing with the Stars.”",
            "Dancing with the Stars",
        ),
    ],
)
def test_a_quoted_title_is_one_work_of_art(analyze, text, title):
    mentions = _mentions(analyze, text)
    assert (title, "WORK_OF_ART") in mentions
    assert not any(kind == "WORK_OF_ART" and name != title for name, kind in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "The song was called “a national disgrace” by critics.",  # not in title case
        "“We will win,” Trump said after the show.",  # a quotation, not a title
    ],
)
def test_a_quotation_that_is_no_title_adds_no_work(analyze, text):
    assert not any(kind == "WORK_OF_ART" for _, kind in _mentions(analyze, text))


def test_a_quoted_title_keeps_its_type_where_other_articles_name_a_company_so(analyze):
    knowledge = analyze(
        article("She landed a key role in “Silver Harbour” after her singing career took off."),
        article(
            "Shares of Silver Harbour rose 5%, and the deal with Microsoft was signed.",
            article_id="a2",
        ),
    )
    kinds = {(m.article_id, m.text, m.type) for m in knowledge.entity_mentions}
    assert ("a1", "Silver Harbour", "WORK_OF_ART") in kinds


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The “Gordon’s Ridge” actress joined the tour.", "Gordon’s Ridge"),
        ("He won best actor for his role in “The Quiet Winter.”", "The Quiet Winter"),
        ("The cast of “Morning Glory” took the top prize.", "Morning Glory"),
        ("The band came out to perform “Walking in the Rain.”", "Walking in the Rain"),
        ("Tom Hale was named best actor for “Sailor.”", "Sailor"),
        ("The Netflix drama “Grey Harbour” won again.", "Grey Harbour"),
        ("Ana Ruiz won for her performance in “Quiet Fields.”", "Quiet Fields"),
    ],
)
def test_a_quoted_title_beside_a_word_of_the_screen_trade_is_a_work(analyze, text, title):
    assert (title, "WORK_OF_ART") in _mentions(analyze, text)


def test_a_quoted_title_shown_a_work_is_one_where_the_article_repeats_it(analyze):
    text = (
        "She starred in a BBC adaptation of “Crime & Punishment” in 2016. "
        "Buckley, who landed a key part in “Crime & Punishment” after a singing contest, agreed."
    )
    works = [m.text for m in analyze(article(text)).entity_mentions if m.type == "WORK_OF_ART"]
    assert works == ["Crime & Punishment", "Crime & Punishment"]


def test_a_show_named_after_the_articles_city_stays_a_work(analyze):
    text = (
        "Steenburgen bought a house in Nashville. "
        "She wrote music for the television show “Nashville,” with two friends. "
        "The band played in Nashville on Monday and flew back to Nashville."
    )
    kinds = [(m.text, m.type) for m in analyze(article(text)).entity_mentions]
    assert kinds.count(("Nashville", "WORK_OF_ART")) == 1
    assert kinds.count(("Nashville", "GPE")) == 3
