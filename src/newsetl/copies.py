"""From a fetched page or a local document to a cleaned copy of an article.

A copy is an ``Article`` record for one URL or document. Several copies of
one story are merged by ``newsetl.dedupe`` before anything is loaded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsetl.clean import clean_text, learn_site_boilerplate
from newsetl.dedupe import article_id_for, text_hash
from newsetl.documents import parse_document
from newsetl.extract import extract_article
from newsetl.models import Article, Candidate, ExtractedArticle
from newsetl.urls import canonical_page_url, domain_of

MIN_WORDS = 25


@dataclass(slots=True)
class Extraction:
    """One page or document after extraction, before site-aware cleaning."""

    source_url: str  # fetched URL or file:// URI
    extracted: ExtractedArticle


def extract_page(candidate: Candidate, html: str, final_url: str | None) -> Extraction:
    page_url = final_url or candidate.url
    extracted = extract_article(html, url=page_url)
    if extracted.title is None and candidate.feed_title:
        extracted.title = candidate.feed_title
    if extracted.published_at is None and candidate.feed_published_at:
        extracted.published_at = candidate.feed_published_at
    return Extraction(source_url=candidate.url, extracted=extracted)


def extract_document(candidate: Candidate) -> Extraction:
    text = candidate.document_text or ""
    if candidate.document_format == "html":
        extracted = extract_article(text, url=candidate.original_url)
    else:
        extracted = parse_document(text, candidate.document_format, uri=candidate.url)
    if candidate.original_url and not extracted.canonical_url:
        extracted.canonical_url = candidate.original_url
    return Extraction(source_url=candidate.url, extracted=extracted)


def clean_copies(extractions: Sequence[Extraction]) -> tuple[list[Article], list[str]]:
    """Clean every extraction with its site's learnt boilerplate and build the copies.

    Returns the copies and the source URLs that had no article text left.
    """
    boilerplate = _site_boilerplate(extractions)
    copies, empty = [], []
    for extraction in extractions:
        domain = _domain(extraction)
        text = clean_text(
            extraction.extracted.text, site_boilerplate=boilerplate.get(domain, frozenset())
        )
        if len(text.split()) < MIN_WORDS:
            empty.append(extraction.source_url)
            continue
        copies.append(make_copy(replace(extraction.extracted, text=text), extraction.source_url))
    return copies, empty


def _site_boilerplate(extractions: Sequence[Extraction]) -> dict[str | None, frozenset[str]]:
    texts_by_domain: dict[str | None, list[str]] = defaultdict(list)
    for extraction in extractions:
        texts_by_domain[_domain(extraction)].append(extraction.extracted.text)
    # Documents with no URL have no site: they may come from many publishers.
    return {
        domain: learn_site_boilerplate(texts)
        for domain, texts in texts_by_domain.items()
        if domain is not None
    }


def _domain(extraction: Extraction) -> str | None:
    url = extraction.extracted.canonical_url or extraction.source_url
    return domain_of(url)


def make_copy(extracted: ExtractedArticle, source_url: str) -> Article:
    canonical = canonical_page_url(source_url, extracted.canonical_url)
    content_hash = text_hash(extracted.text)
    return Article(
        article_id=article_id_for(canonical, content_hash),
        canonical_url=canonical,
        domain=domain_of(canonical) if canonical else None,
        title=extracted.title,
        text=extracted.text,
        authors=list(extracted.authors),
        published_at=extracted.published_at,
        modified_at=extracted.modified_at,
        language=extracted.language,
        word_count=len(extracted.text.split()),
        content_hash=content_hash,
        site_name=extracted.site_name,
        description=extracted.description,
        source_url=source_url,
    )
