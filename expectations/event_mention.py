"""The ``event_mention`` suite: the sentences that report an event."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from expectations.common import article_found, not_blank
from expectations.frames import frame, values
from expectations.gx import gxe
from expectations.references import References, article_columns
from expectations.settings import GateSettings
from newsetl.models import EventMention

NAME = "event_mention"
KEY = ("event_id", "article_id")


def build_frame(mentions: Sequence[EventMention], references: References) -> pd.DataFrame:
    return frame(
        {
            "event_id": values(mentions, "event_id"),
            **article_columns(mentions, references),
            "sentence": values(mentions, "sentence"),
        },
        len(mentions),
    )


def build_suite(settings: GateSettings) -> list[gxe.Expectation]:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="event_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="article_id"),
        article_found(),
        *not_blank("sentence"),
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["event_id", "article_id", "sentence"]),
    ]
