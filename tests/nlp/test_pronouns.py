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
