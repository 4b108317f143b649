"""Dedupe settings: the near-duplicate threshold and the MinHash/LSH scheme."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DedupeSettings:
    """``threshold`` is the estimated Jaccard similarity of word shingles above which
    two texts are one story. ``num_perm``, ``shingle_size``, ``seed``, ``bands`` and
    ``rows_per_band`` define the stored signatures: a warehouse keeps the scheme it
    was started with (changing them needs a fresh warehouse).

    With 16 bands of 5 rows, a pair at similarity 0.8 shares a band with
    probability 0.998 (0.7: 0.95; 0.5: 0.40; 0.2: 0.005). A candidate whose
    signature estimate is within ``verify_margin`` of the threshold (the
    estimate's standard error is about 0.035 at 0.8) is then measured exactly
    on the two texts' shingle sets when both texts are at hand (the batch's
    copies, and each stored article's representative text); other stored
    copies, and estimates farther from the threshold, are judged on the estimate.
    """

    threshold: float = 0.8
    shingle_size: int = 4
    num_perm: int = 128
    bands: int = 16
    rows_per_band: int = 5
    seed: int = 20250715
    verify_margin: float = 0.1

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"dedupe threshold must be in (0, 1], not {self.threshold}")
        if min(self.shingle_size, self.num_perm, self.bands, self.rows_per_band) < 1:
            raise ValueError("dedupe shingle_size, num_perm, bands and rows_per_band must be >= 1")
        if self.bands * self.rows_per_band > self.num_perm:
            raise ValueError(
                f"{self.bands} bands x {self.rows_per_band} rows exceed num_perm={self.num_perm}"
            )
