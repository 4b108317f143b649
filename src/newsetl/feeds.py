"""Reading RSS 2.0, Atom, sitemaps and sitemap indexes into lists of entries.

Only the standard library's expat parser is used (it refuses entity
expansion bombs since expat 2.4 and never resolves external entities). A
document that is not well-formed XML raises ``FeedError``; callers record it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import urljoin

from dateutil import parser as dateparser

FeedKind = Literal["rss", "atom", "sitemap", "sitemapindex"]


class FeedError(ValueError):
    """The document is not a feed or sitemap we can read."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    title: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Feed:
    kind: FeedKind
    entries: list[FeedEntry]


def looks_like_feed(text: str) -> bool:
    """Cheap sniff on the start of a body: is it XML of a kind we read?"""
    head = text.lstrip("\ufeff \t\r\n")[:2048].lower()
    if head.startswith("<!doctype html") or "<html" in head[:512]:
        return False
    return any(tag in head for tag in ("<rss", "<feed", "<urlset", "<sitemapindex", "<rdf:rdf"))


def parse_feed(text: str, base_url: str | None = None) -> Feed:
    try:
        root = ET.fromstring(text.lstrip("\ufeff \t\r\n"))
    except ET.ParseError as error:
        raise FeedError(f"malformed XML: {error}") from error
    tag = _local(root.tag)
    if tag == "rss" or tag == "RDF":
        return Feed("rss", _rss_entries(root, base_url))
    if tag == "feed":
        return Feed("atom", _atom_entries(root, base_url))
    if tag == "urlset":
        return Feed("sitemap", _sitemap_entries(root, "url", base_url))
    if tag == "sitemapindex":
        return Feed("sitemapindex", _sitemap_entries(root, "sitemap", base_url))
    raise FeedError(f"not a feed or sitemap (root element <{tag}>)")


def _rss_entries(root: ET.Element, base_url: str | None) -> list[FeedEntry]:
    entries = []
    for item in _children_named(root.iter(), "item"):
        link = _child_text(item, "link") or _guid_permalink(item)
        if link:
            entries.append(
                FeedEntry(
                    url=_absolute(link, base_url),
                    title=_child_text(item, "title"),
                    published_at=parse_feed_date(
                        _child_text(item, "pubDate") or _child_text(item, "date")
                    ),
                )
            )
    return entries


def _atom_entries(root: ET.Element, base_url: str | None) -> list[FeedEntry]:
    entries = []
    for entry in _children_named(root, "entry"):
        link = _atom_link(entry)
        if link:
            entries.append(
                FeedEntry(
                    url=_absolute(link, base_url),
                    title=_child_text(entry, "title"),
                    published_at=parse_feed_date(
                        _child_text(entry, "published") or _child_text(entry, "updated")
                    ),
                )
            )
    return entries


def _sitemap_entries(root: ET.Element, element: str, base_url: str | None) -> list[FeedEntry]:
    entries = []
    for node in _children_named(root, element):
        loc = _child_text(node, "loc")
        if loc:
            entries.append(
                FeedEntry(
                    url=_absolute(loc, base_url),
                    title=_news_title(node),
                    published_at=parse_feed_date(
                        _news_publication_date(node) or _child_text(node, "lastmod")
                    ),
                )
            )
    return entries


def _news_title(node: ET.Element) -> str | None:
    for child in node.iter():
        if _local(child.tag) == "title" and child.text:
            return child.text.strip()
    return None


def _news_publication_date(node: ET.Element) -> str | None:
    for child in node.iter():
        if _local(child.tag) == "publication_date" and child.text:
            return child.text.strip()
    return None


def _atom_link(entry: ET.Element) -> str | None:
    fallback = None
    for link in _children_named(entry, "link"):
        href = link.get("href")
        rel = link.get("rel", "alternate")
        if href and rel == "alternate":
            return href.strip()
        fallback = fallback or href
    return fallback.strip() if fallback else None


def _guid_permalink(item: ET.Element) -> str | None:
    for guid in _children_named(item, "guid"):
        if guid.get("isPermaLink", "true") == "true" and guid.text:
            text = guid.text.strip()
            if text.startswith(("http://", "https://")):
                return text
    return None


def parse_feed_date(value: str | None) -> datetime | None:
    """A feed's date (RFC 822 or ISO 8601) as naive UTC, or None."""
    if not value:
        return None
    value = value.strip()
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            parsed = dateparser.isoparse(value)
        except (ValueError, OverflowError):
            return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children_named(parent, name: str):
    return (child for child in parent if _local(child.tag) == name)


def _child_text(parent: ET.Element, name: str) -> str | None:
    for child in _children_named(parent, name):
        if child.text and child.text.strip():
            return child.text.strip()
    return None


def _absolute(url: str, base_url: str | None) -> str:
    url = url.strip()
    return urljoin(base_url, url) if base_url else url
