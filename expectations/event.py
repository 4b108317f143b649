"""The ``event`` suite: valid CAMEO codes, actors that exist, dates that make sense."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from expectations.cameo import load_codebook
from expectations.common import keys_present_and_unique, not_blank, reference_found
from expectations.frames import found, frame, timestamps, values
from expectations.gx import gxe
from expectations.references import References
from expectations.settings import GateSettings
from newsetl.models import NOT_YET_DONE, Event

NAME = "event"
KEY = ("event_id",)
ENTITY_REFERENCES = ("actor1_entity_id", "actor2_entity_id", "place_entity_id")
ROOT_DIGITS = 2


def build_frame(events: Sequence[Event], references: References) -> pd.DataFrame:
    codes = values(events, "cameo_code")
    columns = {
        "event_id": values(events, "event_id"),
        "cameo_code": codes,
        "root_code": values(events, "root_code"),
        "root_of_cameo_code": [
            code[:ROOT_DIGITS] if isinstance(code, str) else None for code in codes
        ],
        "label": values(events, "label"),
        "event_date": timestamps(values(events, "event_date")),
        "done_on": timestamps(
            None if modality in NOT_YET_DONE else when
            for when, modality in zip(
                values(events, "event_date"), values(events, "modality"), strict=True
            )
        ),
        "reported_on": timestamps(references.reported_on.get(event.event_id) for event in events),
        "date_precision": values(events, "date_precision"),
        "modality": values(events, "modality"),
    }
    for reference in ENTITY_REFERENCES:
        columns[_found_column(reference)] = found(values(events, reference), references.entity_ids)
    return frame(columns, len(events))


def build_suite(settings: GateSettings) -> list[gxe.Expectation]:
    codebook = load_codebook(settings.cameo_codebook)
    return [
        *keys_present_and_unique("event_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="cameo_code"),
        gxe.ExpectColumnValuesToBeInSet(
            column="cameo_code",
            value_set=sorted(codebook.codes),
            notes="A code of the CAMEO codebook (two to four digits).",
        ),
        gxe.ExpectColumnValuesToNotBeNull(column="root_code"),
        gxe.ExpectColumnValuesToBeInSet(column="root_code", value_set=sorted(codebook.roots)),
        gxe.ExpectColumnPairValuesToBeEqual(
            column_A="root_code",
            column_B="root_of_cameo_code",
            ignore_row_if="either_value_is_missing",
            notes="The root code is the first two digits of the CAMEO code.",
        ),
        *not_blank("label"),
        *(
            reference_found(_found_column(reference), reference, "an entity")
            for reference in ENTITY_REFERENCES
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="reported_on",
            column_B="done_on",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
            notes=(
                "An event reported as done (or as not done) is not dated after the"
                " publication of the article reporting it; a planned, threatened or"
                " conditional one may be."
            ),
        ),
        gxe.ExpectColumnValuesToBeInSet(
            column="date_precision", value_set=sorted(settings.date_precisions)
        ),
        gxe.ExpectColumnValuesToBeInSet(column="modality", value_set=sorted(settings.modalities)),
    ]


def _found_column(reference: str) -> str:
    return reference.removesuffix("_id") + "_found"
