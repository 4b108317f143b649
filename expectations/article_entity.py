"""The ``article_entity`` suite: which entities an article mentions, and how often."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from expectations.common import article_found
from expectations.frames import frame, values
from expectations.gx import gxe
from expectations.references import References, article_columns
from expectations.settings import GateSettings
from newsetl.models import ArticleEntity

NAME = "article_entity"
KEY = ("article_id", "entity_id")


def build_frame(links: Sequence[ArticleEntity], references: References) -> pd.DataFrame:
    return frame(
        {
            **article_columns(links, references),
            "entity_id": values(links, "entity_id"),
            "mentions": values(links, "mentions"),
        },
        len(links),
    )


def build_suite(settings: GateSettings) -> list[gxe.Expectation]:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="article_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="entity_id"),
        gxe.ExpectCompoundColumnsToBeUnique(column_list=list(KEY)),
        article_found(),
        gxe.ExpectColumnValuesToNotBeNull(column="mentions"),
        gxe.ExpectColumnValuesToBeBetween(column="mentions", min_value=settings.min_mentions),
    ]
