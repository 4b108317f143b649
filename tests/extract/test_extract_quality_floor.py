"""Text quality may not fall below the pinned floors (tests/extract/QUALITY_FLOOR)."""

from __future__ import annotations

import pytest

from benchmarks.extraction import load_dataset, main, shingle_counts, text_scores
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


def test_the_benchmark_script_runs_on_our_sample(capsys, tmp_path):
    out = tmp_path / "rows.json"
    assert main([str(SAMPLE), "--extractors", "newsetl", "--limit", "3", "--json", str(out)]) == 0
    assert "| newsetl | 1.000 |" in capsys.readouterr().out
    assert out.is_file()


def test_the_metric_is_the_scrapinghub_one():
    assert shingle_counts("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    tp, fp, fn = shingle_counts("one two three four five", "one two three four six")
    assert (tp, fp, fn) == (1 / 3, 1 / 3, 1 / 3)  # 1 shingle shared, 1 extra, 1 missing
    assert text_scores([(1.0, 0.0, 0.0), (0.0, 1.0, 0.0)])["precision"] == 0.5
