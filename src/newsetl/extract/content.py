"""The article body: choose the element that holds the story, then its paragraphs.

Each text block gets a value: long, sentence-like text with few links is worth
its length; link lists, short labels and furniture cost theirs. An element's
score is the sum over the blocks inside it, so the best element is the one that
takes in the most story while leaving out the most furniture, wherever the site
put its paragraphs and however deep. Class/id hints only nudge that choice.
Inside the chosen element, furniture (share bars, related links, captions,
newsletter boxes, link lists) is then left out block by block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsetl.extract.blocks import Block, Element, Page

LINK_DENSE = 0.5
SHORT_BLOCK_COST = 30  # characters a block must have before it is worth anything
FURNITURE_FACTOR = 0.3  # what story-like text inside a share/related/comment box is worth
HINT_WEIGHT = 0.1
DOMINANT_SHARE = 0.6  # a "furniture" element holding this much of the story is the story

_SENTENCE_END = re.compile(r"[.!?。！？:;\"'”’»)…]\s*$")
_FURNITURE_LINE = re.compile(
    r"^(?:advertisement|advertising|anzeige|publicité|publicidad|sponsored|ad|"
    r"story continues below(?: advertisement)?|continue reading(?: below)?|read more|"
    r"read next|see also|related|related articles?|related stories|more on this|"
    r"share|share this(?: article| story)?|share on \w+|tweet|email|print|"
    r"click here.*|sign up.*newsletter.*|subscribe.*|follow us.*|"
    r"image(?:\s*\d+)?(?: of \d+)?|photo|video|watch|listen|loading.*|"
    r"(?:photo|image|picture)(?:\s*credit)?s?\s*:.*|©.*|copyright.*|all rights reserved.*|"
    r"skip (?:to|this).*|back to top|close|menu|search|log ?in|sign ?in|register)[.!:]?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Body:
    element: int
    blocks: list[Block]


def block_value(block: Block) -> float:
    chars = len(block.text)
    if block.kind == "heading":
        return 0.0
    if block.kind == "caption":
        return -chars
    if block.link_chars > LINK_DENSE * chars:
        return -chars
    if chars < 80 and _FURNITURE_LINE.match(block.text):
        return -chars
    value = chars - 2 * block.link_chars - SHORT_BLOCK_COST
    if value > 0 and _SENTENCE_END.search(block.text):
        value += SHORT_BLOCK_COST
    return value


def choose_body(page: Page) -> Body | None:
    elements, blocks = page.elements, page.blocks
    if not blocks:
        return None
    furniture = _furniture_flags(elements)
    scores = [0.0] * len(elements)
    for block in blocks:
        value = block_value(block)
        if furniture[block.element] and value > 0:
            value *= FURNITURE_FACTOR
        scores[block.element] += value
    for index in range(len(elements) - 1, 0, -1):
        scores[elements[index].parent] += scores[index]
    best = max(
        range(len(elements)),
        key=lambda i: scores[i] * (1 + HINT_WEIGHT * elements[i].hint)
        if scores[i] > 0
        else scores[i],
    )
    if scores[best] <= 0:
        # no block reads like a story (a stub page): keep whatever text is not furniture
        kept = [b for b in blocks if not furniture[b.element] and not _is_furniture_block(b)]
        return Body(0, _drop_orphan_headings(kept)) if kept else None
    return Body(best, _body_blocks(page, best, furniture))


def _furniture_flags(elements: list[Element]) -> list[bool]:
    """Whether each element is, or sits inside, a strongly flagged furniture element."""
    flags = [False] * len(elements)
    for index, element in enumerate(elements):
        flags[index] = element.boilerplate or (element.parent >= 0 and flags[element.parent])
    return flags


def _body_blocks(page: Page, root: int, furniture: list[bool]) -> list[Block]:
    elements, blocks = page.elements, page.blocks
    inside = _subtree(elements, root)
    # furniture flags count from the chosen element down, not above it
    local = [False] * len(elements)
    story_chars = [0] * len(elements)
    for block in blocks:
        if block.element in inside and block_value(block) > 0:
            story_chars[block.element] += len(block.text)
    for index in sorted(inside, reverse=True):
        if index != root:
            story_chars[elements[index].parent] += story_chars[index]
    total_story = story_chars[root] or 1
    for index in sorted(inside):
        if index == root:
            continue
        element = elements[index]
        own = element.boilerplate and story_chars[index] < DOMINANT_SHARE * total_story
        local[index] = own or local[element.parent]
    kept: list[Block] = []
    for block in blocks:
        if block.element not in inside or local[block.element]:
            continue
        if _is_furniture_block(block):
            continue
        kept.append(block)
    return _drop_orphan_headings(kept)


def _subtree(elements: list[Element], root: int) -> set[int]:
    inside = {root}
    for index in range(root + 1, len(elements)):
        if elements[index].parent in inside:
            inside.add(index)
        elif elements[index].depth <= elements[root].depth:
            break
    return inside


def _is_furniture_block(block: Block) -> bool:
    chars = len(block.text)
    if block.kind == "caption":
        return True
    if block.link_chars > LINK_DENSE * chars and block.kind != "heading":
        return True
    return chars < 80 and bool(_FURNITURE_LINE.match(block.text))


def _drop_orphan_headings(blocks: list[Block]) -> list[Block]:
    """Headings are kept only when story text follows them."""
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following is None or following.kind == "heading":
                continue
        kept.append(block)
    return kept
