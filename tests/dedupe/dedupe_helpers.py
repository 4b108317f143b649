"""Helpers for the dedupe tests: a minimal loader, the seed copies, page copies."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb

from newsetl.assemble import article_urls, changed_articles
from newsetl.clean import clean_text
from newsetl.dedupe import DedupeIndex, DedupeSettings, Resolution, text_hash
from newsetl.documents import parse_document
from newsetl.models import Article
from newsetl.warehouse.batches import BatchWrite, write_batch

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def load(
    con: duckdb.DuckDBPyConnection,
    resolutions: Sequence[Resolution],
    settings: DedupeSettings | None = None,
) -> None:
    """What the loader does: upsert changed articles and URLs, then persist dedupe state,
    in one transaction."""
    batch = BatchWrite(
        articles=changed_articles(resolutions), article_urls=article_urls(resolutions)
    )
    index = DedupeIndex(con, settings)
    write_batch(con, "test-load", batch, also=[lambda _con: index.persist(resolutions)])


def resolve_and_load(con, copies: Sequence[Article], settings=None) -> list[Resolution]:
    resolutions = DedupeIndex(con, settings).resolve(copies)
    load(con, resolutions, settings)
    return resolutions


def count(con, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def seed_copies() -> list[Article]:
    """The five seed documents, parsed and cleaned as the ingest flow does
    (``newsetl.copies.make_copy`` builds the same record)."""
    copies = []
    for path in sorted(SEEDS.glob("*.txt")):
        uri = path.resolve().as_uri()
        extracted = parse_document(path.read_text(encoding="utf-8"), "text", uri=uri)
        text = clean_text(extracted.text)
        copies.append(
            page(
                uri,
                text,
                canonical_url=extracted.canonical_url,
                title=extracted.title,
                authors=list(extracted.authors),
                published_at=extracted.published_at,
                language=extracted.language,
            )
        )
    return copies


def page(url: str, text: str, **fields) -> Article:
    """A fetched copy of a page at ``url``."""
    values = {
        "article_id": "provisional",
        "canonical_url": None,
        "domain": None,
        "title": None,
        "text": text,
        "authors": [],
        "published_at": None,
        "language": None,
        "word_count": len(text.split()),
        "content_hash": text_hash(text),
        "source_url": url,
    }
    values.update(fields)
    return Article(**values)
