"""Schema.org JSON-LD: the article object a page describes itself with.

Pages put it in ``<script type="application/ld+json">`` blocks, as one object,
a list, or a ``@graph``; authors may be strings, Person objects, lists of
either, or ``@id`` references into the graph. Broken JSON (trailing commas,
HTML comments, raw newlines in strings) is repaired where cheap, else skipped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

ARTICLE_TYPES = frozenset(
    [
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "SatiricalArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "DiscussionForumPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "MedicalScholarlyArticle",
        "Review",
    ]
)
PAGE_TYPES = frozenset(["WebPage", "ItemPage", "CollectionPage"])
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x1f]")


@dataclass(slots=True)
class LinkedData:
    """What the page's JSON-LD says about its article (all raw strings)."""

    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None
    url: str | None = None
    description: str | None = None
    body: str | None = None
    is_article: bool = False


def read_linked_data(scripts: list[str]) -> LinkedData:
    """The article described by a page's JSON-LD script texts (empty when none is)."""
    objects: list[dict] = []
    for text in scripts:
        data = _loads(text)
        if data is not None:
            _flatten(data, objects)
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    article = next((o for o in objects if _types(o) & ARTICLE_TYPES), None)
    page = next((o for o in objects if _types(o) & PAGE_TYPES), None)
    found = LinkedData()
    if article is None and page is None:
        return found
    source = article or page
    found.is_article = article is not None
    found.headline = _text(source.get("headline")) or _text(source.get("name"))
    found.published = _text(source.get("datePublished")) or _text(source.get("dateCreated"))
    found.modified = _text(source.get("dateModified"))
    found.authors = _people(source.get("author") or source.get("creator"), by_id)
    found.publisher = _name(source.get("publisher"), by_id)
    if found.publisher is None and page is not None:
        found.publisher = _name(_resolve(page.get("isPartOf"), by_id), by_id)
    found.language = _text(source.get("inLanguage"))
    found.url = _text(source.get("url")) or _entity_url(source.get("mainEntityOfPage"))
    found.description = _text(source.get("description"))
    found.body = _text(source.get("articleBody"))
    if article is not None and page is not None:
        found.published = found.published or _text(page.get("datePublished"))
        found.modified = found.modified or _text(page.get("dateModified"))
        found.language = found.language or _text(page.get("inLanguage"))
    return found


def _loads(text: str) -> Any:
    text = text.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    text = text.strip().removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    except RecursionError:  # nested deeper than any real description
        return None
    try:
        return json.loads(_CONTROL.sub(" ", _TRAILING_COMMA.sub(r"\1", text)), strict=False)
    except (ValueError, RecursionError):
        return None


def _flatten(data: Any, out: list[dict], depth: int = 0) -> None:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            _flatten(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        graph = data.get("@graph")
        if graph is not None:
            _flatten(graph, out, depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, dict | list):
            _flatten(main, out, depth + 1)


def _types(obj: dict) -> set[str]:
    value = obj.get("@type")
    if isinstance(value, str):
        return {value.rsplit("/", 1)[-1]}
    if isinstance(value, list):
        return {v.rsplit("/", 1)[-1] for v in value if isinstance(v, str)}
    return set()


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | int | float | dict)), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def _resolve(value: Any, by_id: dict[str, dict]) -> Any:
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def _name(value: Any, by_id: dict[str, dict]) -> str | None:
    value = _resolve(value, by_id)
    if isinstance(value, list):
        value = _resolve(value[0], by_id) if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _people(value: Any, by_id: dict[str, dict]) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _name(item, by_id)
        if name:
            names.append(name)
    return names


def _entity_url(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("@id")) or _text(value.get("url"))
    return _text(value)
