"""Which paragraphs of one document are boilerplate, by the rules in ``rules``.

Three passes over the paragraphs, each keyed on whole paragraphs:

1. blocks: a donation appeal from its marker ("A Message from ...:") to its
   closing widget or the end of the document, provided an actual appeal
   follows within a few paragraphs; a newsletter box from its sign-up line
   over the few paragraphs that address the reader about the newsletter;
2. strong lines, removed wherever they stand;
3. weak widget labels, removed when they touch removed paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsetl.clean import rules

_BULLET = re.compile(r"^[\s\-+*•·▪►→»>]+")
_TRAILING = re.compile(r"[\s.:!?,;…]+$")
_SPACE = re.compile(r"\s+")
_MAX_WEAK_WORDS = 6


def paragraph_key(paragraph: str) -> str:
    """Lower-cased paragraph without a list bullet or end punctuation, for whole matches."""
    key = _SPACE.sub(" ", paragraph.casefold())
    key = _BULLET.sub("", key)
    return _TRAILING.sub("", key)


def boilerplate_mask(paragraphs: Sequence[str]) -> list[bool]:
    """For each paragraph, True when it is boilerplate."""
    doc = _Document(paragraphs)
    _mark_donation_blocks(doc)
    _mark_newsletter_boxes(doc)
    for index in range(doc.size):
        if is_strong_line(doc.keys[index], doc.words[index]):
            doc.removed[index] = True
    _mark_weak_neighbours(doc)
    return doc.removed


def is_strong_line(key: str, words: int) -> bool:
    if words <= rules.MAX_LINE_WORDS and rules.STRONG_LINES.fullmatch(key):
        return True
    if words <= rules.MAX_CREDIT_WORDS and rules.CREDIT_LINES.fullmatch(key):
        return True
    return _is_cookie_notice(key, words)


def _is_cookie_notice(key: str, words: int) -> bool:
    """Starts like a cookie banner, and is either just that or talks about consent."""
    if words > rules.MAX_COOKIE_WORDS or not rules.COOKIE_NOTICE.match(key):
        return False
    return words <= rules.COOKIE_BARE_WORDS or rules.COOKIE_CONTEXT.search(key) is not None


class _Document:
    __slots__ = ("paragraphs", "keys", "words", "removed", "size")

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self.keys = [paragraph_key(paragraph) for paragraph in paragraphs]
        self.words = [len(paragraph.split()) for paragraph in paragraphs]
        self.removed = [False] * len(paragraphs)
        self.size = len(paragraphs)

    def is_short_match(self, index: int, pattern: re.Pattern[str]) -> bool:
        return (
            self.words[index] <= rules.MAX_LINE_WORDS
            and pattern.fullmatch(self.keys[index]) is not None
        )

    def mark(self, first: int, last: int) -> None:
        for index in range(first, last + 1):
            self.removed[index] = True


def _mark_donation_blocks(doc: _Document) -> None:
    index = 0
    while index < doc.size:
        end = (
            _donation_block_end(doc, index)
            if doc.is_short_match(index, rules.DONATION_START)
            else None
        )
        if end is None:
            index += 1
            continue
        doc.mark(index, end)
        index = end + 1


def _donation_block_end(doc: _Document, start: int) -> int | None:
    """Last paragraph of the appeal starting at ``start``; None when no appeal follows.

    The appeal ends at its closing widget ("Remind me later."); without one it
    runs to the end of the document when that is near and the marker is not
    the document's first paragraph, else to its last paragraph asking for support.
    """
    limit = min(doc.size, start + rules.DONATION_MAX_PARAGRAPHS)
    asking = [index for index in range(start, limit) if _asks_for_support(doc.paragraphs[index])]
    if not asking or asking[0] > start + rules.DONATION_EVIDENCE_WITHIN:
        return None
    for index in range(start + 1, limit):
        if doc.is_short_match(index, rules.DONATION_END):
            return index
    if start > 0 and limit == doc.size:
        return doc.size - 1
    return asking[-1]


def _asks_for_support(paragraph: str) -> bool:
    return bool(
        rules.DONATION_EVIDENCE.search(paragraph) or rules.PUBLISHER_SUPPORT.search(paragraph)
    )


def _mark_newsletter_boxes(doc: _Document) -> None:
    for start in range(doc.size):
        if doc.removed[start] or not doc.is_short_match(start, rules.NEWSLETTER_START):
            continue
        doc.removed[start] = True
        last = min(doc.size, start + 1 + rules.NEWSLETTER_MAX_BODY)
        for index in range(start + 1, last):
            if _is_newsletter_pitch(doc, index):
                doc.removed[index] = True
            elif not is_strong_line(doc.keys[index], doc.words[index]):
                break


def _is_newsletter_pitch(doc: _Document, index: int) -> bool:
    """A paragraph telling *you* about the newsletter ("You will receive it ...")."""
    key = doc.keys[index]
    return (
        doc.words[index] <= rules.MAX_NEWSLETTER_BODY_WORDS
        and rules.NEWSLETTER_BODY.search(key) is not None
        and rules.SECOND_PERSON.search(key) is not None
    )


def _mark_weak_neighbours(doc: _Document) -> None:
    weak = [
        doc.words[index] <= _MAX_WEAK_WORDS and rules.WEAK_LINES.fullmatch(doc.keys[index])
        for index in range(doc.size)
    ]
    changed = True
    while changed:
        changed = False
        for index in range(doc.size):
            if weak[index] and not doc.removed[index] and _touches_removed(doc, index):
                doc.removed[index] = True
                changed = True


def _touches_removed(doc: _Document, index: int) -> bool:
    before = index > 0 and doc.removed[index - 1]
    after = index + 1 < doc.size and doc.removed[index + 1]
    return before or after
