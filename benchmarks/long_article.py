"""Whether the entity and event stage stays linear in an article's length.

    uv run python benchmarks/long_article.py

Articles of 25,000, 50,000 and 100,000 characters (``NLPSettings.max_chars``), made of
consecutive ScrapingHub article bodies, are analysed by ``KnowledgeExtractor`` and parsed
by the same spaCy pipeline alone; the difference is the coder's own time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from knowledge import _article, speed_corpus  # noqa: E402

SIZES = (25_000, 50_000, 100_000)


def long_text(articles, size: int) -> str:
    text = ""
    for article in articles:
        if len(text) >= size:
            break
        text += article.text + "\n\n"
    return text[:size]


def main() -> int:
    from newsetl.nlp import KnowledgeExtractor, NLPSettings
    from newsetl.nlp.known_places import is_known_place

    articles = speed_corpus()
    extractor = KnowledgeExtractor(NLPSettings())
    extractor.analyze(articles[:1])  # load the model and the place names first
    is_known_place("Paris")
    for size in SIZES:
        article = _article(f"long-{size}", long_text(articles, size), None, None)
        start = time.perf_counter()
        list(extractor.nlp.pipe([article.text]))
        spacy_seconds = time.perf_counter() - start
        start = time.perf_counter()
        extractor.analyze([article])
        seconds = time.perf_counter() - start
        print(
            f"{size:>7,} characters: spaCy alone {spacy_seconds:.1f} s, analyze {seconds:.1f} s "
            f"(coder {(seconds - spacy_seconds) / spacy_seconds:+.0%})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
