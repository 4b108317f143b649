"""``extract_article``: one HTML page to an ``ExtractedArticle``.

Structured metadata is read first (JSON-LD, OpenGraph, ``<meta>``, microdata),
then what is only visible on the page (bylines, date lines, ``<h1>``), then the
URL. The text comes from ``newsetl.extract.content``. Each part is read on its
own, so a page that breaks one of them still yields the others; nothing here
raises on bad input.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from html import unescape
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsetl.extract import metadata as meta_keys
from newsetl.extract.authors import clean_authors
from newsetl.extract.blocks import Block, drop_hidden, linearize
from newsetl.extract.content import choose_body
from newsetl.extract.dates import date_from_url, parse_date
from newsetl.extract.language import declared_language, guess_language
from newsetl.extract.metadata import Metadata, read_metadata
from newsetl.extract.site_rules import SiteRule, rule_for
from newsetl.extract.title import choose_title
from newsetl.extract.visible import (
    byline_in_text,
    date_in_lines,
    scopes,
    time_element_date,
    updated_in_lines,
    visible_authors,
    visible_date,
)
from newsetl.models import ExtractedArticle

log = logging.getLogger(__name__)
_BREAKS = re.compile(r"</p\s*>|<br\s*/?>|</h\d\s*>|</li\s*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    """Settings of ``extract_article`` (composed into the global settings as ``extract``)."""

    max_html_chars: int = 8_000_000  # longer documents are cut (a page is rarely over 2 MB)
    # guess the language from the text when the page declares none, or clearly a wrong one
    guess_language: bool = True


DEFAULT_SETTINGS = ExtractSettings()
EDGE_LINES = 4  # a "By ..." line is looked for in the story's first lines
MIN_DECLARED_BODY = 500  # JSON-LD articleBody this long may stand in for the page's text ...
DECLARED_BODY_FACTOR = 2  # ... when it is this many times longer than what the page shows


def extract_article(
    html: str, url: str | None = None, settings: ExtractSettings = DEFAULT_SETTINGS
) -> ExtractedArticle:
    """Title, text, dates, authors, language, site and links of the article in ``html``.

    Never raises on bad input: what could be read is returned (empty text when
    no story was found).
    """
    article = ExtractedArticle(url=url)
    if isinstance(html, bytes | bytearray):
        html = bytes(html).decode("utf-8", errors="replace")
    if not isinstance(html, str) or not html.strip():
        return article
    try:
        tree = LexborHTMLParser(html[: settings.max_html_chars])
    except Exception:  # lexbor refuses very few inputs; an unparsable page is an empty one
        log.warning("unparsable HTML at %s", url, exc_info=True)
        return article
    metadata = _guarded(read_metadata, tree, default=Metadata(), url=url)
    story = _guarded(_story, tree, rule_for(url), default=Story(), url=url)
    _guarded(_fill, article, tree, metadata, story, settings, default=None, url=url)
    return article


def _guarded(fn, *args, default, url):
    try:
        return fn(*args)
    except Exception:
        log.warning("extraction step %s failed on %s", fn.__name__, url, exc_info=True)
        return default


@dataclass(slots=True)
class Story:
    blocks: list[Block] = field(default_factory=list)
    node: LexborNode | None = None  # the element holding the story
    header_lines: list[str] = field(default_factory=list)  # byline and date lines near it
    headings: list[str] = field(default_factory=list)  # the page's <h1>s, nearest first


def _story(tree: LexborHTMLParser, rule: SiteRule | None) -> Story:
    root = tree.body or tree.root
    if root is None:
        return Story()
    if rule is not None:
        for selector in rule.drop:
            for node in root.css(selector):
                node.decompose()
        if rule.body:
            root = root.css_first(rule.body) or root
    drop_hidden(root)
    page = linearize(root)
    body = choose_body(page)
    if body is None:
        return Story()
    return Story(body.blocks, page.nodes[body.element], body.header_lines, body.headings)


def _fill(
    article: ExtractedArticle,
    tree: LexborHTMLParser,
    metadata: Metadata,
    story: Story,
    settings: ExtractSettings,
) -> None:
    linked = metadata.linked
    url = article.url
    article.site_name = _site_name(metadata)
    article.title = choose_title(
        [t for t in (linked.headline, metadata.item_headline) if t]
        + metadata.all(meta_keys.TITLE_KEYS),
        story.headings,
        metadata.title_tag,
        article.site_name,
        url,
    )
    lines = _drop_title(story.blocks, article.title)
    near = scopes(story.node, tree.body)
    article.published_at = _published(metadata, near, story.header_lines, url)
    article.modified_at = _first_date(
        [linked.modified, metadata.item_modified, *metadata.all(meta_keys.MODIFIED_KEYS)]
    ) or updated_in_lines(story.header_lines)
    if article.modified_at and article.published_at and article.modified_at < article.published_at:
        article.modified_at = None
    article.authors = _authors(metadata, near, story.header_lines + lines[:EDGE_LINES])
    article.text = "\n\n".join(lines)
    declared_body = _declared_body(linked.body)
    if len(declared_body) > max(MIN_DECLARED_BODY, DECLARED_BODY_FACTOR * len(article.text)):
        # the page builds its story with scripts; its JSON-LD carries the text
        article.text = declared_body
    article.description = (
        _one_line(metadata.first(meta_keys.DESCRIPTION_KEYS) or linked.description) or None
    )
    article.canonical_url = _absolute(
        metadata.canonical or linked.url or metadata.first(meta_keys.URL_KEYS), url
    )
    article.language = _language(metadata, article, settings)


def _declared_body(body: str | None) -> str:
    """JSON-LD ``articleBody`` as paragraphs: markup removed, one paragraph a line."""
    if not body:
        return ""
    if "<" in body:
        parsed = LexborHTMLParser(_BREAKS.sub("\n", body)).body
        body = parsed.text(deep=True) if parsed is not None else ""
    paragraphs = (" ".join(unescape(line).split()) for line in body.splitlines())
    return "\n\n".join(p for p in paragraphs if p)


def _site_name(metadata: Metadata) -> str | None:
    value = metadata.first(("og:site_name", "application-name")) or metadata.linked.publisher
    value = value or metadata.first(("dc.publisher", "publisher"))
    if value and not value.startswith(("http", "@")):
        return _one_line(value)
    return None


def _drop_title(blocks: list[Block], title: str | None) -> list[str]:
    """The story's paragraphs without a leading repeat of the headline."""
    lines = [b.text for b in blocks]
    if title and lines:
        key = " ".join(title.split()).casefold()
        for index, block in enumerate(blocks[:3]):
            if block.kind == "heading" and block.text.casefold() == key:
                del lines[index]
                break
    return lines


def _published(
    metadata: Metadata, near: list[LexborNode], header_lines: list[str], url: str | None
) -> datetime | None:
    linked = metadata.linked
    return (
        _first_date(
            [linked.published, metadata.item_published, *metadata.all(meta_keys.PUBLISHED_KEYS)],
            declared=True,
        )
        or time_element_date(near)
        or date_in_lines(header_lines)
        or visible_date(near)
        or date_from_url(url)
    )


def _first_date(values: list[str | None], *, declared: bool = False) -> datetime | None:
    for value in values:
        found = parse_date(value, declared=declared)
        if found:
            return found
    return None


def _authors(metadata: Metadata, near: list[LexborNode], lines: list[str]) -> list[str]:
    for values in (
        metadata.linked.authors,
        metadata.all(meta_keys.AUTHOR_KEYS),
        metadata.item_authors,
    ):
        names = clean_authors(values)
        if names:
            return names
    return byline_in_text(lines) or visible_authors(near)


def _language(
    metadata: Metadata, article: ExtractedArticle, settings: ExtractSettings
) -> str | None:
    """The declared language, unless the text clearly says otherwise; else a guess."""
    declared = None
    for value in (
        metadata.html_lang,
        metadata.first(meta_keys.LANGUAGE_KEYS),
        metadata.linked.language,
    ):
        declared = declared_language(value)
        if declared:
            break
    if not settings.guess_language:
        return declared
    if declared:
        sure = guess_language(article.text, sure=True) if article.text else None
        return sure or declared
    return guess_language(article.text or article.title or "")


def _absolute(link: str | None, base: str | None) -> str | None:
    if not link:
        return None
    link = link.strip()
    try:
        absolute = urljoin(base, link) if base else link
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return absolute


def _one_line(text: str | None) -> str | None:
    """Whitespace collapsed; entities a page escaped twice ("&amp;amp;") decoded."""
    if not text:
        return None
    return " ".join(unescape(text).split()) or None
