"""Teaser cards: "more stories" lists whose summaries read like prose.

A card is a small element (two to ``MAX_CARD_BLOCKS`` text blocks, under
``MAX_CARD_CHARS``) holding a link-only block (the headline link) beside its
summary. One card may be a story's own "read more" box; several sibling cards
under one parent are a teaser list, and their summaries are not the story
however sentence-like they are.
"""

from __future__ import annotations

from newsetl.extract.blocks import Page

MAX_CARD_BLOCKS = 5
MAX_CARD_CHARS = 800
MIN_SIBLING_CARDS = 3
LINK_ONLY = 0.8
MAX_HEADLINE_CHARS = 200


def teaser_flags(page: Page) -> list[bool]:
    """For each block of the page: whether it sits in a card of a teaser list."""
    blocks, parents = page.blocks, page.parents
    count = [0] * len(page)
    chars = [0] * len(page)
    headline_links = [0] * len(page)
    for block in blocks:
        element = block.element
        count[element] += 1
        size = len(block.text)
        chars[element] += size
        if size <= MAX_HEADLINE_CHARS and block.link_chars >= LINK_ONLY * size:
            headline_links[element] += 1
    for index in range(len(page) - 1, 0, -1):
        parent = parents[index]
        count[parent] += count[index]
        chars[parent] += chars[index]
        headline_links[parent] += headline_links[index]
    is_card = [
        2 <= count[i] <= MAX_CARD_BLOCKS
        and chars[i] <= MAX_CARD_CHARS
        and 0 < headline_links[i] < count[i]
        for i in range(len(page))
    ]
    sibling_cards = [0] * len(page)
    for index in range(1, len(page)):
        if is_card[index]:
            sibling_cards[parents[index]] += 1
    in_list = [False] * len(page)
    for index in range(1, len(page)):
        parent = parents[index]
        in_list[index] = in_list[parent] or (
            is_card[index] and sibling_cards[parent] >= MIN_SIBLING_CARDS
        )
    return [in_list[block.element] for block in blocks]
