from datetime import date, datetime

import pytest

from newsetl.models import (
    Article,
    ArticleEntity,
    ArticleURL,
    Entity,
    Event,
    EventMention,
    FetchResult,
    QuarantineRow,
)
from newsetl.warehouse import connect, migrate
from newsetl.warehouse.batches import BatchWrite, write_batch
from newsetl.warehouse.reads import table_counts


def article(text="Xi met Lavrov in Beijing.", revision=1):
    return Article(
        article_id="art_1",
        canonical_url="https://news.example/a",
        domain="news.example",
        title="Xi meets Lavrov",
        text=text,
        authors=["Jane Doe"],
        published_at=datetime(2025, 7, 15, 9),
        language="en",
        word_count=len(text.split()),
        content_hash="h" + str(revision),
        revision=revision,
    )


def batch(text="Xi met Lavrov in Beijing.", revision=1, aliases=("Xi",)):
    xi = Entity("ent_xi", "Xi Jinping", "PERSON", list(aliases))
    lavrov = Entity("ent_lavrov", "Sergei Lavrov", "PERSON", ["Lavrov"])
    meet = Event(
        "evt_1", "040", "04", "Consult", "ent_xi", "ent_lavrov", None, date(2025, 7, 15), "day"
    )
    return BatchWrite(
        articles=[article(text, revision)],
        article_urls=[ArticleURL("https://news.example/a", "art_1", "canonical")],
        reanalysed=["art_1"],
        entities=[xi, lavrov],
        article_entities=[
            ArticleEntity("art_1", "ent_xi", 2, 0.6),
            ArticleEntity("art_1", "ent_lavrov", 1, 0.4),
        ],
        events=[meet],
        event_mentions=[EventMention("evt_1", "art_1", "Xi met Lavrov in Beijing.")],
        quarantined=[QuarantineRow("article", "art_9", ["expect_x(published_at)"], {"year": 2099})],
        fetch_results=[
            FetchResult("https://news.example/a", "fetched", status_code=200, attempts=1)
        ],
    )


@pytest.fixture
def con(tmp_path):
    with connect(tmp_path / "w.duckdb") as con:
        migrate(con)
        yield con


def test_a_batch_lands_in_every_table(con):
    write_batch(con, "load-1", batch())
    counts = table_counts(con)
    assert counts["article"] == 1 and counts["entity"] == 2 and counts["event"] == 1
    assert counts["event_mention"] == 1 and counts["quarantine"] == 1 and counts["fetch_log"] == 1
    assert con.execute("SELECT authors FROM article").fetchone()[0] == ["Jane Doe"]
    payload = con.execute("SELECT payload->>'year' FROM quarantine").fetchone()[0]
    assert payload == "2099"


def test_writing_the_same_batch_twice_adds_nothing_but_the_fetch_log(con):
    write_batch(con, "load-1", batch())
    write_batch(con, "load-2", batch())
    counts = table_counts(con)
    assert counts["article"] == 1 and counts["article_url"] == 1 and counts["entity"] == 2
    assert counts["article_entity"] == 2 and counts["event"] == 1 and counts["event_mention"] == 1


def test_a_revision_replaces_the_article_and_its_links_and_keeps_first_seen(con):
    write_batch(con, "load-1", batch())
    first_seen = con.execute("SELECT first_seen_at FROM article").fetchone()[0]
    revised = batch(
        text="Xi met Lavrov in Beijing on Tuesday.", revision=2, aliases=("Xi", "President Xi")
    )
    revised.events = []
    revised.event_mentions = []
    write_batch(con, "load-2", revised)
    row = con.execute("SELECT revision, text, first_seen_at FROM article").fetchone()
    assert row == (2, "Xi met Lavrov in Beijing on Tuesday.", first_seen)
    assert con.execute("SELECT count(*) FROM event").fetchone()[0] == 0  # orphaned event removed
    aliases = con.execute("SELECT aliases FROM entity WHERE entity_id = 'ent_xi'").fetchone()[0]
    assert aliases == ["President Xi", "Xi"]


def test_a_failing_writer_rolls_the_whole_batch_back(con):
    def explode(_con):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        write_batch(con, "load-1", batch(), also=[explode])
    assert all(count == 0 for count in table_counts(con).values())


def test_a_restated_link_takes_its_new_relation_and_keeps_first_seen(con):
    write_batch(con, "load-1", batch())
    first_seen = con.execute("SELECT first_seen_at FROM article_url").fetchone()[0]
    better_copy = batch()
    better_copy.article_urls = [
        ArticleURL("https://news.example/a", "art_1", "near_duplicate", 0.91),
        ArticleURL("https://wire.example/a", "art_1", "canonical"),
    ]
    write_batch(con, "load-2", better_copy)
    rows = con.execute(
        "SELECT url, relation, similarity, first_seen_at = ? FROM article_url ORDER BY url",
        [first_seen],
    ).fetchall()
    assert rows == [
        ("https://news.example/a", "near_duplicate", 0.91, True),
        ("https://wire.example/a", "canonical", 1.0, False),
    ]


def test_a_link_of_another_story_is_never_taken_over(con):
    write_batch(con, "load-1", batch())
    other = batch()
    other.article_urls = [ArticleURL("https://news.example/a", "art_2", "alias")]
    write_batch(con, "load-2", other)
    row = con.execute("SELECT article_id, relation FROM article_url").fetchone()
    assert row == ("art_1", "canonical")
