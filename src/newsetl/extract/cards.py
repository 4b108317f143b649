"""Teaser cards: "more stories" lists whose summaries read like prose.

A card is a small element (two to ``MAX_CARD_BLOCKS`` text blocks) that opens
with a link-only block, the headline link, followed by a short summary (under
``MAX_SUMMARY_CHARS`` of text outside links). One card may be a story's own
"read more" box; several sibling cards under one parent are a teaser list, and
their summaries are not the story however sentence-like they are.
"""

from __future__ import annotations

from newsetl.extract.blocks import Page

MAX_CARD_BLOCKS = 5
MAX_SUMMARY_CHARS = 800
MIN_SIBLING_CARDS = 3
LINK_ONLY = 0.8
MAX_HEADLINE_CHARS = 200
HEADLINE_POSITION = 2  # the headline link is among a card's first blocks (after a kicker)


def teaser_flags(page: Page) -> list[bool]:
    """For each block of the page: whether it sits in a card of a teaser list."""
    blocks, parents = page.blocks, page.parents
    size = len(page)
    count = [0] * size
    prose = [0] * size  # characters outside links
    first = [-1] * size  # position of the first block under the element
    headline = [-1] * size  # position of the first headline link under it
    for position, block in enumerate(blocks):
        element = block.element
        count[element] += 1
        length = len(block.text)
        prose[element] += length - block.link_chars
        if first[element] < 0:
            first[element] = position
        if headline[element] < 0 and _is_headline_link(length, block.link_chars):
            headline[element] = position
    for index in range(size - 1, 0, -1):
        parent = parents[index]
        count[parent] += count[index]
        prose[parent] += prose[index]
        if first[index] >= 0 and (first[parent] < 0 or first[index] < first[parent]):
            first[parent] = first[index]
        if headline[index] >= 0 and (headline[parent] < 0 or headline[index] < headline[parent]):
            headline[parent] = headline[index]
    is_card = [
        2 <= count[i] <= MAX_CARD_BLOCKS
        and 0 < prose[i] <= MAX_SUMMARY_CHARS
        and headline[i] >= 0
        and headline[i] - first[i] < HEADLINE_POSITION
        for i in range(size)
    ]
    sibling_cards = [0] * size
    for index in range(1, size):
        if is_card[index]:
            sibling_cards[parents[index]] += 1
    in_list = [False] * size
    for index in range(1, size):
        parent = parents[index]
        in_list[index] = in_list[parent] or (
            is_card[index] and sibling_cards[parent] >= MIN_SIBLING_CARDS
        )
    return [in_list[block.element] for block in blocks]


def _is_headline_link(length: int, link_chars: int) -> bool:
    return length <= MAX_HEADLINE_CHARS and link_chars >= LINK_ONLY * length
