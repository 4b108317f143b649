"""A page's body as a flat list of text blocks, each knowing its element ancestry.

One walk over the DOM: every block-level element (``p``, ``div``, ``li``,
``h2``, ``td``, ...) becomes an ``Element`` record; the text between block
boundaries becomes a ``Block`` that remembers the innermost element holding it,
how many of its characters sit inside links, and whether it is a heading,
list item, quote or preformatted text. Scripts, styles, forms' controls,
embedded media and elements hidden from readers are not walked at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from newsetl.extract.hints import element_hint

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
        "legend",
    ]
)
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "source",
        "track",
        "picture",
        "img",
        "map",
        "area",
        "button",
        "select",
        "option",
        "optgroup",
        "input",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
        "base",
    ]
)
HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class Element:
    """A block-level element: where blocks live, and what its class/id say about it."""

    node: LexborNode
    tag: str
    parent: int  # index into the element list, -1 for the top
    depth: int
    hint: float  # < 0 boilerplate-looking class/id/role/tag, > 0 content-looking
    boilerplate: bool  # strong evidence: nav, aside, comments, share bars, captions ...
    blocks: list[int] = field(default_factory=list)  # blocks directly inside


@dataclass(slots=True)
class Block:
    """Text between two block boundaries."""

    text: str
    link_chars: int
    element: int  # index of the innermost block-level element holding it
    tag: str  # that element's tag
    kind: str  # "p", "heading", "li", "quote", "pre", "cell", "caption", "other"

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(slots=True)
class Page:
    elements: list[Element]
    blocks: list[Block]


class _Walker:
    __slots__ = ("elements", "blocks", "_parts", "_link_chars", "_kind_stack")

    def __init__(self) -> None:
        self.elements: list[Element] = []
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._link_chars = 0
        self._kind_stack: list[str] = []

    def walk(self, root: LexborNode) -> Page:
        self.elements.append(Element(root, root.tag or "body", -1, 0, 0.0, False))
        self._kind_stack.append("other")
        self._visit(root, 0, False, False)
        self._flush(0)
        return Page(self.elements, self.blocks)

    def _visit(self, node: LexborNode, element: int, in_link: bool, in_pre: bool) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text_content
                if text:
                    self._parts.append(text)
                    if in_link:
                        self._link_chars += len(text.strip())
                continue
            if tag in SKIP_TAGS or tag == "-comment" or tag is None or tag.startswith("-"):
                continue
            attrs = child.attributes
            if attrs and _hidden(attrs):
                continue
            if tag == "br":
                self._parts.append("\n")
                continue
            if tag in BLOCK_TAGS:
                self._flush(element)
                index = self._open(child, tag, element, attrs)
                self._kind_stack.append(_kind(tag, self._kind_stack[-1]))
                self._visit(child, index, in_link, in_pre or tag == "pre")
                self._flush(index)
                self._kind_stack.pop()
            else:
                self._visit(child, element, in_link or tag == "a", in_pre)

    def _open(self, node: LexborNode, tag: str, parent: int, attrs: dict) -> int:
        hint, boilerplate = element_hint(tag, attrs)
        parent_element = self.elements[parent]
        self.elements.append(
            Element(node, tag, parent, parent_element.depth + 1, hint, boilerplate)
        )
        return len(self.elements) - 1

    def _flush(self, element: int) -> None:
        if not self._parts:
            return
        raw = "".join(self._parts)
        link_chars = self._link_chars
        self._parts.clear()
        self._link_chars = 0
        kind = self._kind_stack[-1]
        if kind == "pre":
            lines = [line.rstrip() for line in raw.strip("\n").split("\n")]
            texts = ["\n".join(lines)] if any(lines) else []
        else:
            # a blank line made of <br><br> separates paragraphs; a single <br> does not
            texts = [_SPACES.sub(" ", piece).strip() for piece in re.split(r"\n\s*\n", raw)]
        texts = [t for t in texts if t]
        if not texts:
            return
        total = sum(len(t) for t in texts)
        owner = self.elements[element]
        for text in texts:
            share = round(link_chars * len(text) / total) if total else 0
            owner.blocks.append(len(self.blocks))
            self.blocks.append(Block(text, min(share, len(text)), element, owner.tag, kind))


def _kind(tag: str, outer: str) -> str:
    if tag in HEADING_TAGS:
        return "heading"
    if tag == "p":
        return "quote" if outer == "quote" else "p"
    if tag == "li" or tag == "dd" or tag == "dt":
        return "li"
    if tag == "blockquote":
        return "quote"
    if tag == "pre":
        return "pre"
    if tag in ("td", "th"):
        return "cell"
    if tag in ("figcaption", "caption"):
        return "caption"
    if outer in ("quote", "pre", "caption", "li", "cell"):
        return outer
    return "other"


def _hidden(attrs: dict) -> bool:
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def linearize(root: LexborNode) -> Page:
    """Every text block under ``root`` with the elements that hold it."""
    return _Walker().walk(root)
