"""A page's body as a flat list of text blocks, each knowing its element ancestry.

One walk over the DOM: every block-level element (``p``, ``div``, ``li``,
``h2``, ``td``, ...) gets an index, its parent's index and its attributes; the
text between block boundaries becomes a ``Block`` that remembers the innermost
element holding it, how many of its characters sit inside links, and whether
it is a heading, list item, quote, caption or preformatted text. Scripts,
styles, form controls, embedded media and elements hidden from readers are not
walked at all.

The walk is the extractor's hot loop, so elements are kept as parallel lists
rather than objects, and what their class names suggest is worked out later,
only for the elements that matter (``newsetl.extract.hints``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

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
        "noscript",
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
# Never story text, so not walked: their whole text becomes one furniture block.
OPAQUE_TAGS = frozenset(("nav",))
SMALL_OPAQUE_TAGS = frozenset(("footer", "aside"))
MAX_OPAQUE_CHARS = 1000
_MENU_ROLES = frozenset(("navigation", "menu", "menubar"))
_LIST_TAGS = frozenset(("ul", "ol"))
_INNER_KINDS: dict[tuple[str, str], str] = {}  # (outer kind, tag) -> kind, filled as met
_MENU_CLASS = re.compile(r"menu|nav", re.IGNORECASE)
_KIND_OF_TAG = {
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), "heading"),
    **dict.fromkeys(("li", "dd", "dt"), "li"),
    "p": "p",
    "blockquote": "quote",
    "pre": "pre",
    "td": "cell",
    "th": "cell",
    "figcaption": "caption",
    "caption": "caption",
}
# kinds that hold for everything inside them, whatever the inner tags are
_ALL_INSIDE = frozenset(("pre", "caption"))
# kinds that hold for generic elements (div, section) inside them
_STICKY_KINDS = frozenset(("quote", "li", "cell"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
MAX_DEPTH = 400  # below the interpreter's recursion limit, above any sane page
MAX_CELL_CHARS = 200  # longer text in a table cell is a layout table's content, not data
_HIDDEN_SELECTOR = "[hidden],[style*=none],[style*=hidden]"
LINE_BREAK = "\x00"  # a <br>; source newlines are only spaces
_PARAGRAPH_BREAK = re.compile("\x00\\s*\x00[\\s\x00]*")


@dataclass(slots=True)
class Block:
    """Text between two block boundaries."""

    text: str
    link_chars: int
    element: int  # index of the innermost block-level element holding it
    kind: str  # "p", "heading", "li", "quote", "pre", "cell", "row", "caption", "other"


@dataclass(slots=True)
class Page:
    """Block-level elements (parallel lists, document order, parents first) and blocks."""

    nodes: list[LexborNode] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)  # -1 for the top
    attributes: list[dict] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    _ends: list[int] = field(default_factory=list, repr=False)

    def __len__(self) -> int:
        return len(self.nodes)

    def subtree(self, root: int) -> range:
        """Indices of ``root`` and every element under it (contiguous in document order)."""
        if len(self._ends) != len(self.parents):
            ends = list(range(1, len(self.parents) + 1))
            parents = self.parents
            for index in range(len(parents) - 1, 0, -1):
                parent = parents[index]
                if ends[index] > ends[parent]:
                    ends[parent] = ends[index]
            self._ends = ends
        return range(root, self._ends[root])


def linearize(root: LexborNode) -> Page:
    """Every text block under ``root`` with the elements that hold it."""
    page = Page()
    nodes, tags, parents, attributes, blocks = (
        page.nodes,
        page.tags,
        page.parents,
        page.attributes,
        page.blocks,
    )
    parts: list[str] = []
    link_chars = 0
    has_text = False  # whitespace between tags alone does not make a block

    def flush(element: int, kind: str) -> None:
        nonlocal link_chars, has_text
        raw = "".join(parts)
        links = link_chars
        parts.clear()
        link_chars = 0
        has_text = False
        if kind == "pre":
            raw = raw.replace(LINE_BREAK, "\n")
            text = "\n".join(line.rstrip() for line in raw.strip("\n").split("\n"))
            if text.strip():
                blocks.append(Block(text, min(links, len(text)), element, kind))
            return
        if LINE_BREAK not in raw:
            text = " ".join(raw.split())
            blocks.append(Block(text, min(links, len(text)), element, kind))
            return
        texts = [t for t in (_lines(piece) for piece in _PARAGRAPH_BREAK.split(raw)) if t]
        total = sum(len(t) for t in texts) or 1
        for text in texts:
            share = links * len(text) // total
            blocks.append(Block(text, min(share, len(text)), element, kind))

    def visit(node: LexborNode, element: int, kind: str, in_link: bool, depth: int) -> None:
        nonlocal link_chars, has_text
        if depth > MAX_DEPTH:
            # thousands of unclosed tags: what is this deep is read as one run of text
            text = node.text(deep=True, separator=" ")
            if text and not text.isspace():
                parts.append(text)
                has_text = True
            return
        depth += 1
        following = node.first_child  # first_child/next: cheaper than node.iter()
        while following is not None:
            child = following
            following = child.next
            tag = child.tag
            if tag == "-text":
                text = child.text_content
                if text:
                    parts.append(text)
                    if not has_text and not text.isspace():
                        has_text = True
                    if in_link:
                        link_chars += len(text.strip())
            elif tag == "a":
                inner = child.first_child
                if inner is not None and inner.next is None and inner.tag == "-text":
                    text = inner.text_content  # the usual link: one piece of text
                    if text:
                        parts.append(text)
                        if not has_text and not text.isspace():
                            has_text = True
                        link_chars += len(text.strip())
                else:
                    visit(child, element, kind, True, depth)
            elif tag in BLOCK_TAGS:
                if parts:
                    if has_text:
                        flush(element, kind)
                    else:
                        parts.clear()
                index = len(nodes)
                nodes.append(child)
                tags.append(tag)
                parents.append(element)
                attrs = child.attributes
                attributes.append(attrs)
                if tag in OPAQUE_TAGS or (
                    attrs and (tag in _LIST_TAGS or "role" in attrs) and _is_menu(tag, attrs)
                ):
                    # menus: their text counts as furniture, unread
                    text = " ".join(child.text(deep=True, separator=" ").split())
                    if text:
                        blocks.append(Block(text, len(text), index, "other"))
                    continue
                if tag in SMALL_OPAQUE_TAGS:
                    # a footer or aside is read only when it has room for a story
                    text = " ".join(child.text(deep=True, separator=" ").split())
                    if len(text) < MAX_OPAQUE_CHARS:
                        if text:
                            blocks.append(Block(text, len(text), index, "other"))
                        continue
                inner = _INNER_KINDS.get((kind, tag)) or _inner_kind(kind, tag)
                visit(child, index, inner, in_link, depth)
                if parts:
                    if has_text:
                        flush(index, inner)
                    else:
                        parts.clear()
            elif tag == "br":
                parts.append(LINE_BREAK)
            elif tag is None or tag in SKIP_TAGS or tag[0] == "-":
                continue
            else:
                visit(child, element, kind, in_link, depth)

    nodes.append(root)
    tags.append(root.tag or "body")
    parents.append(-1)
    attributes.append(root.attributes if root.tag and root.tag[0] != "-" else {})
    visit(root, 0, "other", False, 0)
    if has_text:
        flush(0, "other")
    page.blocks = _join_table_rows(page)
    return page


def _join_table_rows(page: Page) -> list[Block]:
    """A data table's cells, one block per row ("1 Kyle Busch 5040 5"), not one per cell.

    Only cells that hold their text directly and briefly are joined; a layout table's
    cell that holds a whole story stays a block of its own.
    """
    tags, parents, blocks = page.tags, page.parents, page.blocks
    joined: list[Block] = []
    row: list[Block] = []
    row_element = -1

    def close_row() -> None:
        if len(row) > 1:
            text = " ".join(b.text for b in row)
            joined.append(Block(text, sum(b.link_chars for b in row), row_element, "row"))
        else:
            joined.extend(row)
        row.clear()

    for block in blocks:
        element = block.element
        in_cell = tags[element] in ("td", "th") and len(block.text) <= MAX_CELL_CHARS
        tr = parents[element] if in_cell else -1
        if row and tr != row_element:
            close_row()
        if in_cell and tags[tr] == "tr":
            row.append(block)
            row_element = tr
        else:
            joined.append(block)
    close_row()
    return joined


def _is_menu(tag: str, attrs: dict) -> bool:
    """A navigation list or landmark, named so by its role or (for lists) its class."""
    role = attrs.get("role")
    if role and role.lower() in _MENU_ROLES:
        return True
    return tag in _LIST_TAGS and _MENU_CLASS.search(attrs.get("class") or "") is not None


def _inner_kind(outer: str, tag: str) -> str:
    """The kind of text inside ``tag`` when the text around it is of kind ``outer``."""
    kind = _INNER_KINDS[outer, tag] = _work_out_inner_kind(outer, tag)
    return kind


def _work_out_inner_kind(outer: str, tag: str) -> str:
    if outer in _ALL_INSIDE:
        return outer
    own = _KIND_OF_TAG.get(tag)
    if own is None:
        return outer if outer in _STICKY_KINDS else "other"
    if own == "p" and outer == "quote":
        return "quote"
    return own


def _lines(text: str) -> str:
    """One paragraph's text, its <br> line breaks kept as newlines."""
    lines = (" ".join(line.split()) for line in text.split(LINE_BREAK))
    return "\n".join(line for line in lines if line)


def drop_hidden(root: LexborNode) -> None:
    """Remove the elements a reader does not see (``hidden``, ``display: none``)."""
    # deepest first, so that no removed element's descendant is touched afterwards
    for node in reversed(root.css(_HIDDEN_SELECTOR)):
        style = node.attributes.get("style")
        if "hidden" in node.attributes or (style and _HIDDEN_STYLE.search(style)):
            node.decompose()
