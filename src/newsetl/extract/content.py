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

from dataclasses import dataclass, field

from newsetl.extract.blocks import Block, Page
from newsetl.extract.cards import teaser_flags
from newsetl.extract.hints import PageHints
from newsetl.extract.lines import (
    is_call_to_action,
    is_credit_line,
    is_furniture_line,
    is_meta_line,
)

# Block values (about characters of prose)
LINK_LIST = 0.8  # a block this much link text is a link (list item, teaser), not prose
SHORT_BLOCK_COST = 30  # characters a block must have before it is worth anything
ROW_COST = 10  # the same for a table row
TEASER_COST = 0.5  # a teaser card's summary counts against the element holding it
NEGATIVE_CAP = 500  # the most one block can count against it (one huge junk block)
# Choosing the story element
FURNITURE_FACTOR = 0.3  # what story-like text inside a share/related/comment box is worth
HINT_WEIGHT = 0.1  # class/id hints scale an element's score by at most this much
LEADING_MARGIN = 40  # text before the densest child that makes a wider element worth it
TRAILING_MARGIN = 150  # text after the story that makes a wider element worth it ...
TRAILING_SHARE = 0.2  # ... or this share of a short story's worth
RUN_MARGIN = 0.5  # how much more a run of blocks must be worth than the chosen element
# Inside the story element
DOMINANT_SHARE = 0.6  # a "furniture" element holding this much of the story is the story
HEADER_WINDOW = 8  # blocks above the story where a byline or date line may be
HEADER_LINE_CHARS = 150
EDGE_BLOCKS = 4  # how far from the story's start or end a byline or date line is looked for
HEAD_LABEL_CHARS = 40  # shorter worthless lines above the first sentence are labels
TAIL_LINK_SHARE = 0.3  # a worthless block this much link text after the story is a link list

SENTENCE_END = frozenset(".!?。！？:;\"'”’»)…")


@dataclass(slots=True)
class Body:
    element: int  # index of the chosen element in the page
    blocks: list[Block]
    # short lines just above the story and bylines/date lines cut from its edges:
    # where a page without metadata writes its byline and date
    header_lines: list[str] = field(default_factory=list)
    # the page's <h1> texts, those from the story's top down to its end first
    headings: list[str] = field(default_factory=list)


def is_furniture_block(block: Block) -> bool:
    """A caption, link list item, label, photo credit, byline or date line, wherever it is."""
    kind = block.kind
    if kind == "caption":
        return True
    if kind == "heading":
        return False
    text = block.text
    if block.link_chars > LINK_LIST * len(text) or is_furniture_line(text):
        return True
    return is_meta_line(text) or is_credit_line(text)


def block_value(block: Block, furniture: bool) -> float:
    """What a block is worth to the element holding it (about characters of prose)."""
    text = block.text
    chars = len(text)
    if furniture:
        return -chars
    kind = block.kind
    if kind == "heading":
        return 0.0
    links = block.link_chars
    if kind == "row":
        return chars - links - ROW_COST
    value = chars - 1.5 * links - SHORT_BLOCK_COST
    if value > 0 and text[-1] in SENTENCE_END:
        value += SHORT_BLOCK_COST
    return value


def choose_body(page: Page) -> Body | None:
    """The story element and its paragraphs, or None when the page has no text."""
    if not page.blocks:
        return None
    hints = PageHints(page.tags, page.attributes, page.parents)
    weighed = _weigh(page, hints)
    scores = _element_scores(page, weighed.weights)
    best = _best_element(scores, hints)
    if best < 0:
        # no block reads like a story (a stub page): keep whatever is not furniture
        kept = [
            block
            for block, furnished in zip(page.blocks, weighed.furniture, strict=True)
            if not furnished and not hints.in_furniture(block.element)
        ]
        return Body(0, _drop_orphan_headings(kept), headings=_headings(page, 0)) if kept else None
    best = _narrow(page, scores, weighed.weights, best, hints)
    unwanted = [t or f for t, f in zip(weighed.teasers, weighed.furniture, strict=True)]
    run = _best_run(weighed.weights)
    if run is not None and run[2] > (1 + RUN_MARGIN) * scores[best]:
        # the story is one run of blocks that no element holds without much worse around
        # it (a data table of links after it, say): the run's own element, the run only
        start, end, _ = run
        best = _common_ancestor(page, page.blocks[start].element, page.blocks[end].element)
        for position in range(len(unwanted)):
            if position < start or position > end:
                unwanted[position] = True
    kept, edge_lines = _body_blocks(page, best, weighed.values, unwanted, hints)
    if not kept:
        # everything in the chosen element was furniture (a comment form beside a
        # three-line post): the best element outside furniture holds the story
        best = _best_element(scores, hints, outside_furniture=True)
        if best < 0:
            return None
        kept, edge_lines = _body_blocks(page, best, weighed.values, unwanted, hints)
    return Body(best, kept, _lines_above(page, best) + edge_lines, _headings(page, best))


def _best_run(weights: list[float]) -> tuple[int, int, float] | None:
    """The run of consecutive blocks (in reading order) whose weights add up the most."""
    best: tuple[int, int, float] | None = None
    total, start = 0.0, 0
    for position, weight in enumerate(weights):
        if total <= 0:
            total, start = weight, position
        else:
            total += weight
        if total > 0 and (best is None or total > best[2]):
            best = (start, position, total)
    return best


def _common_ancestor(page: Page, first: int, second: int) -> int:
    above = set()
    while first >= 0:
        above.add(first)
        first = page.parents[first]
    while second not in above and second >= 0:
        second = page.parents[second]
    return max(second, 0)


@dataclass(slots=True)
class _Weighed:
    teasers: list[bool]
    furniture: list[bool]
    values: list[float]  # what each block is worth
    weights: list[float]  # what it counts for the elements holding it


def _weigh(page: Page, hints: PageHints) -> _Weighed:
    weighed = _Weighed(teaser_flags(page), [], [], [])
    for block, teaser in zip(page.blocks, weighed.teasers, strict=True):
        furnished = is_furniture_block(block)
        value = -TEASER_COST * len(block.text) if teaser else block_value(block, furnished)
        if value > 0:
            weight = value * FURNITURE_FACTOR if hints.in_furniture(block.element) else value
        else:
            weight = max(value, -NEGATIVE_CAP)
        weighed.furniture.append(furnished)
        weighed.values.append(value)
        weighed.weights.append(weight)
    return weighed


def _element_scores(page: Page, weights: list[float]) -> list[float]:
    """Each element's score: the weights of all the blocks under it."""
    scores = [0.0] * len(page)
    for block, weight in zip(page.blocks, weights, strict=True):
        scores[block.element] += weight
    parents = page.parents
    for index in range(len(scores) - 1, 0, -1):
        scores[parents[index]] += scores[index]
    return scores


def _best_element(scores: list[float], hints: PageHints, outside_furniture: bool = False) -> int:
    """The highest-scoring element, nudged by its hints; -1 when none scores above zero."""
    best, best_score = -1, 0.0
    for index, score in enumerate(scores):
        if score > 0:
            weighted = score * (1 + HINT_WEIGHT * hints.hint(index)[0])
            if hints.in_furniture(index):
                if outside_furniture:
                    continue
                weighted *= FURNITURE_FACTOR
            if weighted > best_score:
                best, best_score = index, weighted
    return best


def _narrow(
    page: Page, scores: list[float], weights: list[float], best: int, hints: PageHints
) -> int:
    """Step down to the child that holds the story when its siblings add little after it.

    Text before the densest child (a lead paragraph, a standfirst) is taken in
    when it is worth a short sentence; text after it must be worth ``TRAILING_MARGIN``
    (or a ``TRAILING_SHARE`` of a short story):
    an address or disclaimer line under the story is not part of it, a second half
    of the story is. Inside furniture-flagged elements, where every weight is cut
    down, the margins are cut alike.
    """
    children: dict[int, list[int]] = {}
    for index in page.subtree(best)[1:]:
        children.setdefault(page.parents[index], []).append(index)
    first, last = _block_spans(page)
    running = [0.0]
    for weight in weights:
        running.append(running[-1] + weight)
    while children.get(best):
        child = max(children[best], key=scores.__getitem__)
        if first[child] < 0:
            return best
        before = running[first[child]] - running[first[best]]
        after = running[last[best] + 1] - running[last[child] + 1]
        scale = FURNITURE_FACTOR if hints.in_furniture(child) else 1.0
        trailing = min(TRAILING_MARGIN * scale, TRAILING_SHARE * scores[child])
        if before > LEADING_MARGIN * scale or after >= trailing:
            return best
        best = child
    return best


def _block_spans(page: Page) -> tuple[list[int], list[int]]:
    """First and last block index under each element (-1 when it holds none).

    An element's blocks are contiguous in document order.
    """
    first = [-1] * len(page)
    last = [-1] * len(page)
    for position, block in enumerate(page.blocks):
        element = block.element
        if first[element] < 0:
            first[element] = position
        last[element] = position
    for index in range(len(page) - 1, 0, -1):
        parent = page.parents[index]
        if first[index] >= 0:
            if first[parent] < 0 or first[index] < first[parent]:
                first[parent] = first[index]
            last[parent] = max(last[parent], last[index])
    return first, last


def _headings(page: Page, root: int) -> list[str]:
    """<h1> texts: those between just above the story and its end, else all of them."""
    inside = page.subtree(root)
    positions = [i for i, b in enumerate(page.blocks) if b.element in inside]
    first, last = (positions[0], positions[-1]) if positions else (0, len(page.blocks) - 1)
    tags, parents = page.tags, page.parents
    found = [
        (first - HEADER_WINDOW * 2 <= position <= last, block.text)
        for position, block in enumerate(page.blocks)
        if tags[block.element] == "h1"
        or (parents[block.element] >= 0 and tags[parents[block.element]] == "h1")
    ]
    near = [text for is_near, text in found if is_near]
    return near or [text for _, text in found]


def _lines_above(page: Page, root: int) -> list[str]:
    inside = page.subtree(root)
    first = next((i for i, b in enumerate(page.blocks) if b.element in inside), 0)
    above = page.blocks[max(0, first - HEADER_WINDOW) : first]
    return [b.text for b in above if len(b.text) <= HEADER_LINE_CHARS]


def _body_blocks(
    page: Page, root: int, values: list[float], unwanted: list[bool], hints: PageHints
) -> tuple[list[Block], list[str]]:
    """The chosen element's blocks without the furniture inside it, and its meta lines."""
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
    dropped: dict[int, bool] = {root: False}

    def is_dropped(index: int) -> bool:
        chain = []
        while index not in dropped:
            chain.append(index)
            index = parents[index]
        flag = dropped[index]
        for element in reversed(chain):
            flag = flag or (story[element] < enough and hints.hint(element)[1])
            dropped[element] = flag
        return flag

    kept = [
        (block, value)
        for block, value, unwanted_block in zip(page.blocks, values, unwanted, strict=True)
        if not unwanted_block and block.element in inside and not is_dropped(block.element)
    ]
    blocks = [block for block, _ in _trim_tail(_trim_head(kept))]
    return _drop_orphan_headings(blocks), _edge_meta_lines(page, inside)


def _trim_head(blocks: list[tuple[Block, float]]) -> list[tuple[Block, float]]:
    """Labels above the story's first sentence: section kickers, breadcrumbs ("World Beijing")."""
    start = 0
    while start < len(blocks) - 1:
        block, value = blocks[start]
        if value > 0 or block.kind == "heading" or not _is_label(block.text):
            break
        if any(ch.isdigit() for ch in block.text):
            break  # a live blog's first timestamp, a list's first figure
        start += 1
    return blocks[start:]


def _is_label(text: str) -> bool:
    """A few words that are not a sentence: "World Beijing", "Print", "Sent"."""
    return len(text) < HEAD_LABEL_CHARS and text[-1] not in SENTENCE_END


def _trim_tail(blocks: list[tuple[Block, float]]) -> list[tuple[Block, float]]:
    """What follows the story's last paragraph inside its element and is not story:
    appeals ("Subscribe", "Support us", "© The Paper"), link lists ("More from World")
    and short labels ("Sent", "Print")."""
    end = len(blocks)
    while end > 1:
        block, value = blocks[end - 1]
        worthless = value <= 0 and (
            block.link_chars >= TAIL_LINK_SHARE * len(block.text) or _is_label(block.text)
        )
        if not (worthless or block.kind == "heading" or is_call_to_action(block.text)):
            break
        end -= 1
    return blocks[:end]


def _edge_meta_lines(page: Page, inside: range) -> list[str]:
    """Bylines and date lines among the story element's first and last blocks."""
    blocks = [block for block in page.blocks if block.element in inside]
    edges = blocks[:EDGE_BLOCKS] + blocks[max(EDGE_BLOCKS, len(blocks) - EDGE_BLOCKS) :]
    return [b.text for b in edges if b.kind != "heading" and is_meta_line(b.text)]


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
