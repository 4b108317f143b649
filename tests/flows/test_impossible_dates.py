"""Issue 6's acceptance: a folder of six HTML documents, two with impossible dates."""

from datetime import UTC, datetime
from html import escape
from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest
from newsetl.demo.content import SampleArticle, original_articles

IMPOSSIBLE = {4: datetime(2099, 6, 1, 9, tzinfo=UTC), 5: datetime(1871, 3, 18, 9, tzinfo=UTC)}


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Example News</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{iso}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>{title}</h1>
<p class="byline">By {author} | <time datetime="{iso}">{day}</time></p>
{paragraphs}
</article></main>
<footer><p>Example News. All rights reserved.</p></footer>
</body></html>
"""


def saved_page(article: SampleArticle, published: datetime) -> str:
    paragraphs = "\n".join(
        f"<p>{escape(block.plain_text)}</p>" for block in article.blocks if block.kind == "p"
    )
    return PAGE.format(
        title=escape(article.headline),
        iso=published.isoformat(),
        day=f"{published:%B} {published.day}, {published.year}",
        author=escape(article.authors[0]),
        paragraphs=paragraphs,
    )


def write_documents(folder: Path) -> list[str]:
    """Six saved article pages; the last two carry an impossible publication date."""
    titles = []
    for number, article in enumerate(original_articles()[:6]):
        published = IMPOSSIBLE.get(number, article.published_at)
        page = saved_page(article, published)
        (folder / f"{article.slug}.html").write_text(page, encoding="utf-8")
        titles.append(article.headline)
    return titles


@pytest.fixture(scope="module")
def loaded(prefect_api, tmp_path_factory):
    root = tmp_path_factory.mktemp("impossible-dates")
    documents = root / "documents"
    documents.mkdir()
    titles = write_documents(documents)
    warehouse = root / "warehouse" / "news.duckdb"
    ingest([str(documents)], warehouse=str(warehouse))
    return warehouse, titles


def test_four_articles_load_and_the_two_impossible_dates_are_quarantined(loaded):
    warehouse, titles = loaded
    with duckdb.connect(str(warehouse), read_only=True) as con:
        stored = {row[0] for row in con.execute("SELECT title FROM article").fetchall()}
        quarantined = con.execute(
            """
            SELECT payload->>'title', failed_expectations FROM quarantine
            WHERE table_name = 'article' ORDER BY payload->>'published_at'
            """
        ).fetchall()
    assert stored == set(titles[:4])
    assert [title for title, _ in quarantined] == [titles[5], titles[4]]
    for _, failed in quarantined:
        assert any("published_at" in expectation for expectation in failed), failed


def test_data_docs_are_written_beside_the_warehouse(loaded):
    warehouse, _ = loaded
    index = warehouse.parent / "data_docs" / "index.html"
    assert "article" in index.read_text(encoding="utf-8")
