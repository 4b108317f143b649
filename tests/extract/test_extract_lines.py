"""Lines that are furniture by what they say, and the story's tail."""

from __future__ import annotations

import pytest

from newsetl.extract import extract_article
from newsetl.extract.lines import is_call_to_action, is_credit_line, is_furniture_line, is_meta_line

STORY = "".join(
    f"<p>The harbour board met on Tuesday and agreed item {n} of the plan after a long debate.</p>"
    for n in range(8)
)


@pytest.mark.parametrize(
    "text",
    ["Advertisement", "Share this article", "Read more:", "Tags: ports, trade", "12 Comments"],
)
def test_furniture_lines(text):
    assert is_furniture_line(text)


@pytest.mark.parametrize(
    "text", ["The board met on Tuesday.", "More than 300 islanders took part in the vote."]
)
def test_story_lines_are_not_furniture(text):
    assert not is_furniture_line(text) and not is_meta_line(text) and not is_credit_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Doe",
        "Updated 10:01 pm PST, Tuesday, November 19, 2019",
        "Published: 15 July 2025",
    ],
)
def test_meta_lines(text):
    assert is_meta_line(text)


def test_credit_lines():
    assert is_credit_line("Protesters gather in the square (Image: GETTY)")
    assert is_credit_line("Photo: Lena Marsh/Coastal Ledger")


def test_appeals_short_with_one_phrase_long_with_several():
    assert is_call_to_action("Subscribe to our newsletter for the day's top stories.")
    assert not is_call_to_action(
        "The copyright office said the ruling would be appealed. " * 7
    )  # one phrase in a long paragraph is the story's own business
    assert is_call_to_action(
        "Millions of readers turn to us every month. We have no paywall, and we are asking "
        "readers who can afford it to make a contribution of any size. " * 3
    )


def test_appeals_and_link_lists_after_the_story_are_cut():
    tail = (
        "<p>… we have a small favour to ask.</p>"
        "<p>If every reader gave a little, we could keep our reporting free: please donate "
        "today and support us.</p>"
        "<h3>More from Ports</h3>"
        "<ul><li><a href='/a'>Container traffic hits a record high in the spring</a> 3 May</li>"
        "<li><a href='/b'>Oyster farmers fear for their harvest this year</a> 2 May</li></ul>"
    )
    text = extract_article(f"<article>{STORY}{tail}</article>").text
    assert text.endswith("after a long debate.")
