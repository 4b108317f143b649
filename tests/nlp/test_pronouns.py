"""Whom a pronoun stands for: the readings of "he", "she", "it" and "they" that news
prose relies on, and the ones it never means."""

from __future__ import annotations

from tests.nlp.conftest import article, root_events


def test_a_word_ending_in_an_honorific_gives_no_gender(analyze):
    # "claims.\n\nXi": the tail of "claims." is no "Ms." before Xi, so "he" may be Xi
    text = (
        "Beijing rejected the claims.\n\n"
        "Xi called the plan a fresh engine. He also urged Japan to support the talks."
    )
    assert ("02", "Xi", "Japan") in root_events(analyze(article(text)))


def test_a_quotation_between_does_not_put_the_speaker_out_of_reach(analyze):
    # the quotation's own sentences do not count as sentences "she" looks back over
    text = (
        "Last week, Jane Porter posted a video on Twitter about her old songs. "
        "She claimed the label had cut her pay.\n\n"
        '"I just want to sing my own songs," she said. "That is all. I have tried to '
        'settle this quietly but nothing worked."\n\n'
        "She also accused Harbor Records of blocking her new album."
    )
    assert ("11", "Jane Porter", "Harbor Records") in root_events(analyze(article(text)))


def test_they_continues_a_plural_subject_that_names_actors(analyze):
    # "the two men" are Putin and Xi, and "They" goes on about them
    text = (
        "Vladimir Putin met Xi Jinping in Moscow on Thursday. "
        '"Our ties are strong," Xi said as the two men shook hands. '
        "They also criticised Japan over its new missile base."
    )
    events = set(root_events(analyze(article(text))))
    assert {("11", "Vladimir Putin", "Japan"), ("11", "Xi Jinping", "Japan")} <= events


def test_they_after_a_plural_noun_that_names_no_one_stands_for_no_one(analyze):
    text = (
        "Big Machine denied the claims on Friday. The protesters gathered outside its offices. "
        "They criticised Harbor Records over the deal."
    )
    assert not [e for e in root_events(analyze(article(text))) if e[0] == "11"]


def test_its_joined_to_a_name_is_that_name(analyze):
    # "Ukraine and its allies": Ukraine's allies, not Moscow's (the clause's subject)
    text = (
        "Moscow rejected the plan on Monday, and Ukraine and its allies met Polish "
        "officials in Warsaw."
    )
    met = {(one, two) for code, one, two in root_events(analyze(article(text))) if code == "04"}
    assert met == {("Ukraine", "Poland")}
