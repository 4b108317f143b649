"""The gate's settings: thresholds and bounds every suite is built from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import get_args

from newsetl.models import DatePrecision, Modality, UrlRelation

# spaCy's labels for named things; DATE, MONEY, CARDINAL and the like are not entities here.
DEFAULT_ENTITY_TYPES = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "NORP",
        "FAC",
        "EVENT",
        "PRODUCT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)


@dataclass(frozen=True)
class GateSettings:
    """What the gate accepts.

    ``max_failed_share``: a batch (and a run) where more than this share of rows
    is quarantined counts as failed.
    ``data_docs_dir``: where Data Docs are written (``<warehouse folder>/data_docs``);
    ``None`` builds none.
    ``gx_project_dir``: where GX keeps validation results between runs, which the
    Data Docs index lists; ``None`` means ``<data_docs_dir>/../gx`` when Data Docs
    are built, else memory only. Suites are code and are never stored there.
    ``keep_validation_results``: how many stored validation results (one per table
    per batch) the Data Docs keep; older ones are pruned. Long-term history is the
    warehouse's ``validation`` table.
    ``cameo_codebook``: the CAMEO codes CSV; ``None`` means the copy packaged in
    ``newsetl/nlp/``.
    """

    max_failed_share: float = 0.25
    earliest_published: date = date(1990, 1, 1)
    max_future_skew: timedelta = timedelta(days=1)
    min_title_chars: int = 3
    max_title_chars: int = 400
    min_word_count: int = 20
    max_word_count: int = 100_000
    language_pattern: str = r"^[a-z]{2}$"  # ISO 639-1
    url_pattern: str = r"^(?:https?://[^\s/?#]+[^\s]*|file://[^\s]+)$"
    entity_types: frozenset[str] = DEFAULT_ENTITY_TYPES
    url_relations: frozenset[str] = frozenset(get_args(UrlRelation))
    date_precisions: frozenset[str] = frozenset(get_args(DatePrecision))
    modalities: frozenset[str] = frozenset(get_args(Modality))
    min_similarity: float = 0.0
    max_similarity: float = 1.0
    min_mentions: int = 1
    cameo_codebook: Path | None = None
    data_docs_dir: Path | None = None
    gx_project_dir: Path | None = None
    keep_validation_results: int = 600

    def __post_init__(self) -> None:
        for name in ("entity_types", "url_relations", "date_precisions", "modalities"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))
        for name in ("cameo_codebook", "data_docs_dir", "gx_project_dir"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, Path(value))
        if isinstance(self.earliest_published, datetime):
            object.__setattr__(self, "earliest_published", self.earliest_published.date())
        self._check()

    def _check(self) -> None:
        problems = []
        if not 0 <= self.max_failed_share <= 1:
            problems.append(f"max_failed_share must be within [0, 1], not {self.max_failed_share}")
        for low, high in (
            ("min_title_chars", "max_title_chars"),
            ("min_word_count", "max_word_count"),
            ("min_similarity", "max_similarity"),
        ):
            if getattr(self, low) > getattr(self, high):
                problems.append(
                    f"{low} ({getattr(self, low)}) exceeds {high} ({getattr(self, high)})"
                )
        if self.max_future_skew < timedelta(0):
            problems.append("max_future_skew must not be negative")
        if self.keep_validation_results < 1:
            problems.append("keep_validation_results must be at least 1")
        if problems:
            raise ValueError("invalid gate settings: " + "; ".join(problems))

    def results_dir(self) -> Path | None:
        if self.gx_project_dir is not None:
            return self.gx_project_dir / "validations"
        if self.data_docs_dir is not None:
            return self.data_docs_dir.parent / "gx" / "validations"
        return None
