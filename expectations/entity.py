"""The ``entity`` suite: one row per real-world thing, of a known type, with a name."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from expectations.common import keys_present_and_unique, not_blank
from expectations.frames import frame, values
from expectations.gx import gxe
from expectations.references import References
from expectations.settings import GateSettings
from newsetl.models import Entity

NAME = "entity"
KEY = ("entity_id",)


def build_frame(entities: Sequence[Entity], references: References) -> pd.DataFrame:
    return frame(
        {
            "entity_id": values(entities, "entity_id"),
            "name": values(entities, "name"),
            "type": values(entities, "type"),
        },
        len(entities),
    )


def build_suite(settings: GateSettings) -> list[gxe.Expectation]:
    return [
        *keys_present_and_unique("entity_id"),
        *not_blank("name"),
        gxe.ExpectColumnValuesToNotBeNull(column="type"),
        gxe.ExpectColumnValuesToBeInSet(column="type", value_set=sorted(settings.entity_types)),
    ]
