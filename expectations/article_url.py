"""The ``article_url`` suite: every URL that resolved to an article, and how."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from expectations.common import article_found, keys_present_and_unique, url_shape
from expectations.frames import frame, values
from expectations.gx import gxe
from expectations.references import References, article_columns
from expectations.settings import GateSettings
from newsetl.models import ArticleURL

NAME = "article_url"
KEY = ("url",)


def build_frame(links: Sequence[ArticleURL], references: References) -> pd.DataFrame:
    return frame(
        {
            "url": values(links, "url"),
            **article_columns(links, references),
            "relation": values(links, "relation"),
            "similarity": values(links, "similarity"),
        },
        len(links),
    )


def build_suite(settings: GateSettings) -> list[gxe.Expectation]:
    return [
        *keys_present_and_unique("url"),
        url_shape("url", settings.url_pattern),
        gxe.ExpectColumnValuesToNotBeNull(column="article_id"),
        article_found(),
        gxe.ExpectColumnValuesToBeInSet(
            column="relation", value_set=sorted(settings.url_relations)
        ),
        gxe.ExpectColumnValuesToNotBeNull(column="similarity"),
        gxe.ExpectColumnValuesToBeBetween(
            column="similarity",
            min_value=settings.min_similarity,
            max_value=settings.max_similarity,
        ),
    ]
