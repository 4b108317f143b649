"""The ``article`` suite: keys, URL shape, title, word count, language, publication date."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from expectations.common import keys_present_and_unique, url_shape
from expectations.frames import frame, timestamps, values
from expectations.gx import gxe
from expectations.references import References
from expectations.settings import GateSettings
from newsetl.models import Article

NAME = "article"
KEY = ("article_id",)
# Bound at validation time: "not in the future" moves with every run.
LATEST_PUBLISHED = "latest_published"


def build_frame(articles: Sequence[Article], references: References) -> pd.DataFrame:
    return frame(
        {
            "article_id": values(articles, "article_id"),
            "canonical_url": values(articles, "canonical_url"),
            "title": values(articles, "title"),
            "word_count": values(articles, "word_count"),
            "language": values(articles, "language"),
            "published_at": timestamps(values(articles, "published_at")),
            "content_hash": values(articles, "content_hash"),
        },
        len(articles),
    )


def build_suite(settings: GateSettings) -> list[gxe.Expectation]:
    earliest = pd.Timestamp(settings.earliest_published).to_pydatetime()
    return [
        *keys_present_and_unique("article_id"),
        url_shape("canonical_url", settings.url_pattern),
        gxe.ExpectColumnValueLengthsToBeBetween(
            column="title", min_value=settings.min_title_chars, max_value=settings.max_title_chars
        ),
        gxe.ExpectColumnValuesToNotBeNull(column="word_count"),
        gxe.ExpectColumnValuesToBeBetween(
            column="word_count",
            min_value=settings.min_word_count,
            max_value=settings.max_word_count,
        ),
        gxe.ExpectColumnValuesToMatchRegex(
            column="language",
            regex=settings.language_pattern,
            notes="An ISO 639-1 language code.",
        ),
        gxe.ExpectColumnValuesToBeBetween(
            column="published_at",
            min_value=earliest,
            max_value={"$PARAMETER": LATEST_PUBLISHED},
            notes="Not before the earliest plausible date, not after now plus a small clock skew.",
        ),
        *keys_present_and_unique("content_hash"),
    ]
