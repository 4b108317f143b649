"""Resolving copies into stories against a real warehouse file."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

import pytest
from dedupe_helpers import SEEDS, count, load, page, resolve_and_load, seed_copies

from newsetl.dedupe import DedupeIndex, DedupeSchemeMismatch, DedupeSettings

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")

STORY = " ".join(
    f"Paragraph {n} of the report says the delegation from capital {n % 7} met the minister "
    f"on day {n} to discuss grain exports, energy prices and the ceasefire talks."
    for n in range(12)
)
OTHER = " ".join(
    f"Item {n}: the regional council approved budget line {n * 3} for schools, roads "
    f"and the harbour, after a debate that lasted {n + 2} hours."
    for n in range(12)
)


def seed_name(resolution) -> str:
    return resolution.copy.source_url.rsplit("/", 1)[-1][:3]


@needs_seeds
def test_five_seed_documents_become_four_articles(con):
    resolutions = resolve_and_load(con, seed_copies())
    by_seed = {seed_name(r): r for r in resolutions}
    assert len({r.article_id for r in resolutions}) == 4
    assert by_seed["000"].article_id == by_seed["001"].article_id
    assert by_seed["003"].article_id != by_seed["004"].article_id
    assert count(con, "article") == 4
    assert count(con, "article_url") == 6  # five documents and the stated original URL


@needs_seeds
def test_the_merged_seed_story_keeps_the_best_copy_and_every_document(con):
    resolutions = resolve_and_load(con, seed_copies())
    by_seed = {seed_name(r): r for r in resolutions}
    story = by_seed["001"].article_id
    title, published, canonical, text = con.execute(
        "SELECT title, published_at, canonical_url, text FROM article WHERE article_id = ?", [story]
    ).fetchone()
    assert title == "China Pledges Closer Ties With Russia After Trump's Sanctions Threat"
    assert published == datetime(2025, 7, 15)
    assert canonical.startswith("https://www.themoscowtimes.com/2025/07/15/china-pledges")
    assert "wortk" not in text  # the typo'd copy is not the representative
    links = dict(
        con.execute(
            "SELECT relation, count(*) FROM article_url WHERE article_id = ? GROUP BY ALL", [story]
        ).fetchall()
    )
    assert links == {"canonical": 1, "alias": 1, "near_duplicate": 1}
    assert by_seed["000"].relation == "near_duplicate" and 0.8 <= by_seed["000"].similarity < 1
    assert by_seed["001"].status == "new" and by_seed["000"].status == "merged"


@needs_seeds
def test_the_result_does_not_depend_on_the_order_of_arrival(con):
    copies = seed_copies()
    index = DedupeIndex(con)
    expected = outcome(index.resolve(copies))
    generator = random.Random(4)
    for _ in range(6):
        shuffled = copies[:]
        generator.shuffle(shuffled)
        assert outcome(index.resolve(shuffled)) == expected


def outcome(resolutions):
    return sorted(
        (
            r.url,
            r.article_id,
            r.relation,
            r.similarity,
            r.status,
            None
            if r.article is None
            else (r.article.text, r.article.title, r.article.published_at),
        )
        for r in resolutions
    )


@needs_seeds
def test_a_duplicate_arriving_in_a_later_run_joins_the_stored_story(con):
    copies = seed_copies()
    first_run = [c for c in copies if "/000_" not in c.source_url]
    stored = {seed_name(r): r.article_id for r in resolve_and_load(con, first_run)}
    late = [c for c in copies if "/000_" in c.source_url]
    (resolution,) = DedupeIndex(con).resolve(late)  # a new index: state comes from the warehouse
    assert resolution.article_id == stored["001"]
    assert resolution.matched_by == "near"
    assert resolution.relation == "near_duplicate" and resolution.status == "merged"
    load(con, [resolution])
    assert count(con, "article") == 4
    assert count(con, "dedupe_copy") == 5


@needs_seeds
def test_a_rerun_adds_nothing(con):
    resolve_and_load(con, seed_copies())
    before = {
        table: count(con, table)
        for table in ("article", "article_url", "dedupe_copy", "dedupe_text", "dedupe_band")
    }
    again = resolve_and_load(con, seed_copies())
    assert {r.status for r in again} == {"unchanged"}
    assert all(r.article is None for r in again)
    after = {table: count(con, table) for table in before}
    assert after == before
    assert con.execute("SELECT max(revision) FROM article").fetchone()[0] == 1


def test_a_refetched_page_with_edited_text_updates_its_article(con):
    url = "https://news.example/world/delegation-talks"
    first = page(url, STORY, title="Delegation meets minister", published_at=datetime(2025, 7, 1))
    (created,) = resolve_and_load(con, [first])
    edited_text = (
        STORY.replace("grain exports", "fertiliser exports", 2) + " Updated with reaction."
    )
    edited = page(
        url + "?utm_source=rss",
        edited_text,
        title="Delegation meets minister",
        published_at=datetime(2025, 7, 1),
        modified_at=datetime(2025, 7, 2, 9, 30),
    )
    (update,) = resolve_and_load(con, [edited])
    assert update.article_id == created.article_id
    assert update.status == "updated" and update.matched_by == "url"
    assert update.article.revision == 2
    assert update.article.modified_at == datetime(2025, 7, 2, 9, 30)
    row = con.execute("SELECT text, revision, modified_at FROM article").fetchall()
    assert row == [(edited_text, 2, datetime(2025, 7, 2, 9, 30))]
    (rerun,) = resolve_and_load(con, [edited])
    assert rerun.status == "unchanged" and rerun.article is None


def test_exact_copies_at_different_urls_are_one_story(con):
    a = page("https://site-a.example/story", STORY, title="Talks")
    b = page("https://site-b.example/syndicated/story", STORY.upper())
    resolutions = resolve_and_load(con, [b, a])
    assert len({r.article_id for r in resolutions}) == 1
    relations = {r.url: (r.relation, r.similarity) for r in resolutions}
    assert relations == {
        "https://site-a.example/story": ("canonical", 1.0),
        "https://site-b.example/syndicated/story": ("exact_duplicate", 1.0),
    }
    assert count(con, "article") == 1


def test_tracking_and_amp_variants_of_a_url_are_one_copy(con):
    copies = [
        page("https://news.example/story?utm_source=tw", STORY),
        page("https://news.example/story/amp", STORY),
        page("https://m.news.example/story", STORY + " Share this article."),
    ]
    resolutions = resolve_and_load(con, copies)
    assert len({r.article_id for r in resolutions}) == 1
    assert count(con, "article_url") == 2  # news.example/story and www.news.example/story


def test_a_dated_copy_gives_its_date_and_a_url_copy_its_url(con):
    undated = page(
        "file:///scrapes/talks.txt",
        STORY,
        title="Delegation meets minister",
        authors=["A. Writer"],
        language="en",
        site_name="Wire",
        description="Talks on grain.",
    )
    dated = page(
        "https://news.example/talks",
        STORY + " Copyright News Example.",
        published_at=datetime(2025, 7, 1, 8),
    )
    resolve_and_load(con, [undated])
    (merged,) = resolve_and_load(con, [dated])
    assert merged.status == "merged"
    assert merged.relation == "canonical"  # its URL is now the story's canonical URL
    article = merged.article
    assert article.text == STORY  # the copy with the fuller metadata stays the representative
    assert article.published_at == datetime(2025, 7, 1, 8)
    assert article.canonical_url == "https://news.example/talks"
    assert article.domain == "news.example"
    assert count(con, "article") == 1


def test_a_better_copy_becomes_the_representative_whatever_the_run(con):
    plain = page("file:///scrapes/talks.txt", STORY)
    full = page(
        "https://news.example/talks",
        STORY + " Reporting by A. Writer.",
        title="Delegation meets minister",
        published_at=datetime(2025, 7, 1),
        language="en",
    )
    resolve_and_load(con, [plain])
    (merged,) = resolve_and_load(con, [full])
    assert merged.article.text.endswith("Reporting by A. Writer.")
    assert merged.article.revision == 1  # a better copy is not an edit


def test_different_stories_stay_apart(con):
    resolutions = resolve_and_load(
        con, [page("https://a.example/1", STORY), page("https://a.example/2", OTHER)]
    )
    assert len({r.article_id for r in resolutions}) == 2
    assert {r.status for r in resolutions} == {"new"}


def test_ids_are_stable_across_warehouses(tmp_path):
    import duckdb

    from newsetl.warehouse import migrate

    ids = []
    for name in ("one", "two"):
        connection = duckdb.connect(str(tmp_path / f"{name}.duckdb"))
        migrate(connection)
        ids.append(
            [
                r.article_id
                for r in DedupeIndex(connection).resolve([page("https://a.example/1", STORY)])
            ]
        )
        connection.close()
    assert ids[0] == ids[1]


def test_quarantined_stories_leave_no_dedupe_state(con):
    resolutions = DedupeIndex(con).resolve([page("https://a.example/1", STORY)])
    DedupeIndex(con).persist(resolutions)  # the article row was never written
    assert count(con, "dedupe_copy") == count(con, "dedupe_text") == 0
    (again,) = DedupeIndex(con).resolve([page("https://a.example/1", STORY)])
    assert again.status == "new"


def test_persist_is_idempotent(con):
    resolutions = resolve_and_load(con, [page("https://a.example/1", STORY)])
    counts = [
        count(con, t) for t in ("dedupe_copy", "dedupe_text", "dedupe_band", "dedupe_article")
    ]
    DedupeIndex(con).persist(resolutions)
    assert (
        [count(con, t) for t in ("dedupe_copy", "dedupe_text", "dedupe_band", "dedupe_article")]
        == counts
        == [1, 1, 16, 1]
    )


def test_copies_without_usable_text_do_not_break_the_batch(con):
    copies = [
        page("https://a.example/empty", ""),
        page("https://a.example/short", "Breaking."),
        replace(page("https://a.example/none", STORY), text=None),
        page("https://a.example/story", STORY),
    ]
    resolutions = resolve_and_load(con, copies)
    assert len(resolutions) == 4
    assert resolutions[3].status == "new"


def test_signatures_from_another_scheme_are_refused(con):
    resolve_and_load(con, [page("https://a.example/1", STORY)])
    with pytest.raises(DedupeSchemeMismatch):
        DedupeIndex(con, DedupeSettings(num_perm=64, bands=8, rows_per_band=8))


def test_links_restate_earlier_copies_when_the_story_gets_a_canonical_url(con):
    document = page("file:///scrapes/talks.txt", STORY)
    (first,) = resolve_and_load(con, [document])
    assert first.relation == "canonical"  # a story with no URL: its document stands for it
    fetched = page(
        "https://news.example/talks?utm_source=rss",
        STORY + " Reporting by A. Writer.",
        title="Delegation meets minister",
        published_at=datetime(2025, 7, 1),
    )
    (second,) = resolve_and_load(con, [fetched])
    links = {link.url: (link.relation, link.similarity) for link in second.links}
    assert links["https://news.example/talks"] == ("canonical", 1.0)
    relation, similarity = links["file:///scrapes/talks.txt"]
    assert relation == "near_duplicate" and 0.8 <= similarity < 1.0
    assert con.execute(
        "SELECT relation FROM dedupe_copy WHERE url = 'file:///scrapes/talks.txt'"
    ).fetchone() == ("near_duplicate",)


def test_pages_whose_canonical_is_the_home_page_stay_apart(con):
    # a CMS bug seen in the wild: every article declares the home page as canonical
    copies = [
        page("https://news.example/a/1", STORY, canonical_url="https://news.example/"),
        page("https://news.example/a/2", OTHER, canonical_url="https://news.example/"),
    ]
    resolutions = resolve_and_load(con, copies)
    assert len({r.article_id for r in resolutions}) == 2
    urls = {row[0] for row in con.execute("SELECT canonical_url FROM article").fetchall()}
    assert urls == {"https://news.example/a/1", "https://news.example/a/2"}


def test_a_same_site_canonical_joins_the_page_fetched_at_another_url(con):
    (original,) = resolve_and_load(con, [page("https://news.example/world/talks", STORY)])
    variant = page(
        "https://news.example/print?id=7",
        STORY + " Printed from news.example.",
        canonical_url="https://news.example/world/talks/",
    )
    (resolution,) = resolve_and_load(con, [variant])
    assert resolution.article_id == original.article_id
    assert resolution.matched_by == "canonical" and resolution.relation == "alias"
