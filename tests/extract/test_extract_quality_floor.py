"""Text quality may not fall below the pinned floors (tests/extract/QUALITY_FLOOR)."""

from __future__ import annotations

import pytest

from benchmarks.extraction import load_dataset, shingle_counts, text_scores
from newsetl.extract import extract_article
from tests.extract.extract_helpers import SAMPLE, SCRAPINGHUB, quality_floor


def _f1(directory) -> float:
    pages = load_dataset(directory)
    counts = [
        shingle_counts(page.truth["articleBody"], extract_article(page.html, page.url).text)
        for page in pages
    ]
    return text_scores(counts)["f1"]


def test_f1_on_our_sample_pages_stays_above_the_floor():
    assert _f1(SAMPLE) >= quality_floor("sample_f1")


@pytest.mark.skipif(
    not (SCRAPINGHUB / "ground-truth.json").is_file(),
    reason="ScrapingHub benchmark not present at ../shared/bench/scrapinghub",
)
def test_f1_on_scrapinghub_stays_above_the_floor():
    assert _f1(SCRAPINGHUB) >= quality_floor("scrapinghub_f1")
