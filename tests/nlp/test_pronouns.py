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
