"""Shared bits of the extraction tests: the sample pages and the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "sample"
REPO = HERE.parents[1]
SCRAPINGHUB = REPO.parent / "shared" / "bench" / "scrapinghub"


def sample_truth() -> dict[str, dict]:
    return json.loads((SAMPLE / "ground-truth.json").read_text(encoding="utf-8"))


def sample_html(name: str) -> str:
    return (SAMPLE / "html" / f"{name}.html").read_text(encoding="utf-8")


def quality_floor(name: str) -> float:
    for line in (HERE / "QUALITY_FLOOR").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if not line.startswith("#") and key.strip() == name:
            return float(value)
    raise KeyError(name)
