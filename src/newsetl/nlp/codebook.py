"""The CAMEO codebook packaged with this module: code -> label."""

from __future__ import annotations

import csv
import functools
import io
from importlib import resources

CODEBOOK_FILE = "cameo-codes.csv"


@functools.cache
def cameo_labels() -> dict[str, str]:
    text = resources.files(__package__).joinpath(CODEBOOK_FILE).read_text(encoding="utf-8")
    return {
        row["code"].strip(): row["label"].strip()
        for row in csv.DictReader(io.StringIO(text))
        if row.get("code")
    }


def cameo_label(code: str) -> str:
    """The codebook label of ``code``; a code missing from the codebook is a programming error."""
    return cameo_labels()[code]


def root_of(code: str) -> str:
    return code[:2]
