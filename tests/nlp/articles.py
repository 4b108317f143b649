"""Articles from plain text, for NLP tests and the knowledge benchmark."""

from __future__ import annotations

from datetime import datetime

from newsetl.models import Article


def article(
    text: str,
    *,
    article_id: str = "a1",
    published: datetime | None = datetime(2025, 7, 15, 9, 0),
    language: str | None = "en",
    title: str | None = None,
) -> Article:
    return Article(
        article_id=article_id,
        canonical_url=None,
        domain=None,
        title=title,
        text=text,
        authors=[],
        published_at=published,
        language=language,
        word_count=len(text.split()),
        content_hash=article_id,
    )
