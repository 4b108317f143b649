"""Typed records passed between stages, named after the warehouse tables.

Every stage takes and returns these plain dataclasses; nothing here knows about
Prefect, HTTP or DuckDB. Timestamps are naive UTC ``datetime`` values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

DocumentFormat = Literal["html", "text", "markdown"]
DiscoveredVia = Literal["url", "url_list", "feed", "sitemap", "document"]
UrlRelation = Literal["canonical", "alias", "exact_duplicate", "near_duplicate"]
DatePrecision = Literal["day", "month", "year", "unknown"]
Modality = Literal["asserted", "threatened", "conditional", "negated", "intended"]
# Acts not reported as done: planned, threatened or conditional. Only they may be dated
# after the article reporting them ("was due to travel on Friday to Harbin").
NOT_YET_DONE: frozenset[str] = frozenset({"intended", "threatened", "conditional"})


@dataclass(slots=True)
class Candidate:
    """A URL or local document that a source yielded for this run."""

    url: str  # http(s) URL, or file:// URI for a local document
    source: str  # the name of the source that yielded it
    discovered_via: DiscoveredVia
    document_text: str | None = None  # a local document's own content
    document_format: DocumentFormat = "html"
    original_url: str | None = None  # URL a document names as its origin
    feed_title: str | None = None  # hints a feed or sitemap gave
    feed_published_at: datetime | None = None


@dataclass(slots=True)
class FetchResult:
    """One URL's fate; becomes one ``fetch_log`` row (the body is not stored there)."""

    url: str
    outcome: str  # fetched | not_modified | http_error | timeout | too_large | ...
    final_url: str | None = None
    status_code: int | None = None
    error: str | None = None
    attempts: int = 0
    elapsed_ms: float = 0.0
    fetched_at: datetime | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    html: str | None = None  # decoded body when outcome == "fetched"
    body_sha256: str | None = None  # key of the raw body in the archive

    @property
    def ok(self) -> bool:
        return self.outcome == "fetched" and self.html is not None


@dataclass(slots=True)
class ExtractedArticle:
    """What ``newsetl.extract.extract_article`` finds in one page."""

    title: str | None = None
    text: str = ""  # main text, paragraphs separated by blank lines
    published_at: datetime | None = None
    modified_at: datetime | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None  # ISO 639-1 code
    site_name: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    url: str | None = None  # the URL the page was fetched from


@dataclass(slots=True)
class Article:
    """One row of ``article``: a story, whatever number of copies it arrived in."""

    article_id: str
    canonical_url: str | None
    domain: str | None
    title: str | None
    text: str
    authors: list[str]
    published_at: datetime | None
    language: str | None
    word_count: int
    content_hash: str
    modified_at: datetime | None = None
    site_name: str | None = None
    description: str | None = None
    source_url: str | None = None  # the URL or file:// URI this copy came from
    revision: int = 1


@dataclass(slots=True)
class ArticleURL:
    url: str
    article_id: str
    relation: UrlRelation
    similarity: float = 1.0


@dataclass(slots=True)
class Entity:
    entity_id: str
    name: str
    type: str  # PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, ...
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None


@dataclass(slots=True)
class ArticleEntity:
    article_id: str
    entity_id: str
    mentions: int
    salience: float = 0.0


@dataclass(slots=True)
class Event:
    event_id: str
    cameo_code: str
    root_code: str
    label: str
    actor1_entity_id: str | None
    actor2_entity_id: str | None
    place_entity_id: str | None
    event_date: date | None
    date_precision: DatePrecision = "unknown"
    modality: Modality = "asserted"


@dataclass(slots=True)
class EventMention:
    event_id: str
    article_id: str
    sentence: str


@dataclass(slots=True)
class QuarantineRow:
    table_name: str
    record_key: str
    failed_expectations: list[str]
    payload: dict


@dataclass(slots=True)
class Batch:
    """Rows bound for the warehouse from one batch, before the quality gate."""

    articles: list[Article] = field(default_factory=list)
    article_urls: list[ArticleURL] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    article_entities: list[ArticleEntity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)
