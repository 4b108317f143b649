"""Structured metadata a page declares: JSON-LD, OpenGraph, ``<meta>``, microdata.

``read_metadata`` gathers the raw strings; ``newsetl.extract.article`` decides
which to believe. Keys of ``<meta>`` tags (``name``, ``property``, ``itemprop``,
``http-equiv``) are lowercased; the first value of a key wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from newsetl.extract.jsonld import LinkedData, read_linked_data

PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "published_time", "article.published", "pubdate", "publishdate",
    "publish-date", "publish_date", "date.published", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
    "datecreated", "dc.date", "date", "citation_publication_date", "citation_date",
    "content_create_date", "og:pubdate", "rnews:datepublished", "displaydate",
    "iso-8601-publish-date", "pub_date", "publication_date", "article.created",
)  # fmt: skip
MODIFIED_KEYS = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "modified_time", "article.updated", "dcterms.modified", "dc.date.modified",
    "lastmod", "last-modified", "revised", "article:modified", "updated_time",
)  # fmt: skip
AUTHOR_KEYS = (
    "author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
    "dc.creator", "dcterms.creator", "byl", "citation_author", "twitter:creator:name",
    "cxenseparse:author", "article.author", "authors",
)  # fmt: skip
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title", "title")
DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "dc.description")
SITE_KEYS = ("og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher")
LANGUAGE_KEYS = ("content-language", "og:locale", "language", "dc.language", "inlanguage")
URL_KEYS = ("og:url", "twitter:url")
_META_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")
_AUTHOR_KEY_SET = frozenset(AUTHOR_KEYS)


@dataclass(slots=True)
class Metadata:
    meta: dict[str, str] = field(default_factory=dict)
    linked: LinkedData = field(default_factory=LinkedData)
    html_lang: str | None = None
    title_tag: str | None = None
    canonical: str | None = None
    item_published: str | None = None
    item_modified: str | None = None
    item_authors: list[str] = field(default_factory=list)
    item_headline: str | None = None

    def first(self, keys: tuple[str, ...]) -> str | None:
        for key in keys:
            value = self.meta.get(key)
            if value:
                return value
        return None

    def all(self, keys: tuple[str, ...]) -> list[str]:
        return [self.meta[key] for key in keys if self.meta.get(key)]


def read_metadata(tree: LexborHTMLParser) -> Metadata:
    found = Metadata()
    found.meta = _meta_tags(tree)
    found.linked = read_linked_data(_linked_data_scripts(tree))
    html = tree.css_first("html")
    if html is not None:
        found.html_lang = html.attributes.get("lang") or html.attributes.get("xml:lang")
    title = tree.css_first("title")
    if title is not None:
        found.title_tag = " ".join(title.text(deep=True).split()) or None
    found.canonical = _canonical_link(tree)
    _read_microdata(tree, found)
    return found


def _linked_data_scripts(tree: LexborHTMLParser) -> list[str]:
    """JSON-LD script texts, also those a page forgot to type as ``application/ld+json``
    (looked for only when no typed one exists: inline scripts can be large)."""
    found = [node.text(deep=True) for node in tree.css('script[type*="ld+json" i]')]
    if found or not tree.scripts_contain('"@context"'):
        return found
    for node in tree.css("script:not([src])"):
        kind = (node.attributes.get("type") or "").lower()
        if kind in ("", "application/json", "text/javascript"):
            text = node.text(deep=True)
            head = text[:300]
            if head.lstrip()[:1] in ("{", "[") and "schema.org" in head:
                found.append(text)
    return found


def _meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    meta: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        content = attrs["content"]
        if not content or content.isspace():
            continue
        for attr in _META_KEY_ATTRIBUTES:
            key = attrs.get(attr)
            if key:
                key = key.strip().lower()
                if key not in meta:
                    meta[key] = content.strip()
                elif key in _AUTHOR_KEY_SET and content.strip() not in meta[key]:
                    meta[key] += "; " + content.strip()  # several <meta name=author> tags
    return meta


def _canonical_link(tree: LexborHTMLParser) -> str | None:
    for node in tree.css("link[rel~=canonical i][href]"):
        href = node.attributes.get("href")
        if href and href.strip():
            return href.strip()
    return None


def _read_microdata(tree: LexborHTMLParser, found: Metadata) -> None:
    for node in tree.css(
        "[itemprop=datePublished],[itemprop=dateModified],[itemprop=author],"
        "[itemprop=headline],[itemprop=creator]"
    ):
        attrs = node.attributes
        prop = attrs.get("itemprop")
        if node.tag == "meta":
            continue  # already read with the other <meta> tags
        if prop in ("datePublished", "dateModified"):
            value = attrs.get("datetime") or attrs.get("content") or node.text(deep=True)
            if prop == "datePublished":
                found.item_published = found.item_published or value
            else:
                found.item_modified = found.item_modified or value
        elif prop in ("author", "creator"):
            name_node = node.css_first("[itemprop=name]")
            value = (
                name_node.attributes.get("content") or name_node.text(deep=True)
                if name_node is not None
                else attrs.get("content") or node.text(deep=True)
            )
            if value and value.strip():
                found.item_authors.append(value.strip())
        elif prop == "headline" and found.item_headline is None:
            found.item_headline = " ".join(node.text(deep=True).split()) or None
