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

from dataclasses import dataclass

from newsetl.extract.blocks import Block, Page
from newsetl.extract.cards import teaser_flags
from newsetl.extract.hints import PageHints
from newsetl.extract.lines import is_credit_line, is_furniture_line, is_meta_line

LINK_DENSE = 0.5
LINK_LIST = 0.8  # a block this much link text is a link (list item, teaser), not prose
ROW_COST = 10
SHORT_BLOCK_COST = 30  # characters a block must have before it is worth anything
FURNITURE_FACTOR = 0.3  # what story-like text inside a share/related/comment box is worth
HINT_WEIGHT = 0.1
NEGATIVE_WEIGHT = 1.0  # how much furniture text counts against the element holding it
TEASER_COST = 0.5  # a teaser card's summary counts against the element holding it
DOMINANT_SHARE = 0.6
EDGE_BLOCKS = 4  # how far from the story's start or end a byline or date line is looked for  # a "furniture" element holding this much of the story is the story

SENTENCE_END = frozenset(".!?。！？:;\"'”’»)…")


@dataclass(slots=True)
class Body:
    element: int  # index of the chosen element in the page
    blocks: list[Block]


def block_value(block: Block) -> float:
    text = block.text
    chars = len(text)
    kind = block.kind
    if kind == "heading":
        return 0.0
    links = block.link_chars
    if kind == "caption" or links > LINK_LIST * chars:
        return -chars
    if is_furniture_line(text) or is_credit_line(text) or is_meta_line(text):
        return -chars
    if kind == "row":
        return chars - links - ROW_COST
    value = chars - 1.5 * links - SHORT_BLOCK_COST
    if value > 0 and text[-1] in SENTENCE_END:
        value += SHORT_BLOCK_COST
    return value


def choose_body(page: Page) -> Body | None:
    """The story element and its paragraphs, or None when the page has no text."""
    blocks, parents = page.blocks, page.parents
    if not blocks:
        return None
    hints = PageHints(page.tags, page.attributes, parents)
    teasers = teaser_flags(page)
    values = [
        -TEASER_COST * len(block.text) if teaser else block_value(block)
        for block, teaser in zip(blocks, teasers, strict=True)
    ]
    scores = [0.0] * len(page)
    for block, value in zip(blocks, values, strict=True):
        if value > 0:
            if hints.in_furniture(block.element):
                value *= FURNITURE_FACTOR
        else:
            value *= NEGATIVE_WEIGHT
        scores[block.element] += value
    for index in range(len(scores) - 1, 0, -1):
        scores[parents[index]] += scores[index]
    best, best_score = -1, 0.0
    for index, score in enumerate(scores):
        if score > 0:
            weighted = score * (1 + HINT_WEIGHT * hints.hint(index)[0])
            if hints.in_furniture(index):
                weighted *= FURNITURE_FACTOR
            if weighted > best_score:
                best, best_score = index, weighted
    if best < 0:
        # no block reads like a story (a stub page): keep whatever is not furniture
        kept = [
            b
            for b in blocks
            if not hints.in_furniture(b.element) and not _is_furniture_block(b, b.kind)
        ]
        return Body(0, _drop_orphan_headings(kept)) if kept else None
    return Body(best, _body_blocks(page, best, values, teasers, hints))


def _body_blocks(
    page: Page, root: int, values: list[float], teasers: list[bool], hints: PageHints
) -> list[Block]:
    """The chosen element's blocks without the furniture inside it."""
    parents = page.parents
    inside = page.subtree(root)
    story = [0] * len(page)
    for block, value in zip(page.blocks, values, strict=True):
        if value > 0 and block.element in inside:
            story[block.element] += len(block.text)
    for index in reversed(inside):
        if index != root:
            story[parents[index]] += story[index]
    enough = DOMINANT_SHARE * (story[root] or 1)
    # furniture counts from the chosen element down: what holds the story is not furniture
    dropped = dict.fromkeys(inside, False)
    for index in inside[1:]:
        own = hints.hint(index)[1] and story[index] < enough
        dropped[index] = own or dropped[parents[index]]
    kept = [
        block
        for block, teaser in zip(page.blocks, teasers, strict=True)
        if block.element in inside
        and not dropped[block.element]
        and not _is_furniture_block(block, block.kind)
        and not teaser
    ]
    return _drop_orphan_headings(_trim_meta_lines(kept))


def _trim_meta_lines(blocks: list[Block]) -> list[Block]:
    """Bylines and date lines at the top or bottom of the story are not story text."""
    head = 0
    while head < min(len(blocks), EDGE_BLOCKS) and _is_meta_block(blocks[head]):
        head += 1
    tail = len(blocks)
    while tail > head and len(blocks) - tail < EDGE_BLOCKS and _is_meta_block(blocks[tail - 1]):
        tail -= 1
    kept = blocks[head:tail]
    # a meta line may also sit just below the headline or lead
    return [b for i, b in enumerate(kept) if i >= EDGE_BLOCKS or not _is_meta_block(b)]


def _is_meta_block(block: Block) -> bool:
    return block.kind != "heading" and is_meta_line(block.text)


def _is_furniture_block(block: Block, kind: str) -> bool:
    chars = len(block.text)
    if kind == "caption":
        return True
    if kind != "heading" and block.link_chars > LINK_LIST * chars:
        return True
    return is_furniture_line(block.text) or is_credit_line(block.text)


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
