"""The warehouse views on a small realistic warehouse: each returns rows, and the right ones."""

import pytest

VIEWS = [
    "cameo_root",
    "event_timeline",
    "entity_daily_mentions",
    "entity_cooccurrence",
    "actor_relations",
    "source_health",
    "data_quality",
]


def records(con, sql, params=()):
    cursor = con.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_returns_rows(con, view):
    assert con.execute(f"SELECT count(*) FROM {view}").fetchone()[0] > 0


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_works_on_an_empty_warehouse(empty_con, view):
    rows = empty_con.execute(f"SELECT count(*) FROM {view}").fetchone()[0]
    assert rows == (20 if view == "cameo_root" else 0)


def test_cameo_roots_fall_in_their_quad_classes(con):
    classes = dict(con.execute("SELECT root_code, quad_class FROM cameo_root").fetchall())
    assert [classes[code] for code in ("01", "05", "06", "09", "10", "14", "15", "20")] == [
        1, 1, 2, 2, 3, 3, 4, 4,
    ]  # fmt: skip


def test_the_event_timeline_names_actors_place_and_counts_reports(con):
    [call] = records(con, "SELECT * FROM event_timeline WHERE event_id = 'ev-putin-xi-call'")
    assert (call["actor1_name"], call["label"], call["actor2_name"]) == (
        "Vladimir Putin",
        "consult",
        "Xi Jinping",
    )
    assert (call["n_articles"], call["n_domains"]) == (2, 2)
    assert call["source_url"] == "https://eastwire.example/2025/07/02/putin-xi-video-call"
    assert (call["root_name"], call["relation"]) == ("consult", "cooperation")
    [meeting] = records(con, "SELECT * FROM event_timeline WHERE event_id = 'ev-xi-lavrov'")
    assert meeting["place_name"] == "Beijing"


def test_an_undated_event_is_placed_on_the_day_it_was_first_reported(con):
    [event] = records(con, "SELECT * FROM event_timeline WHERE event_id = 'ev-russia-china-intent'")
    assert event["event_date"] is None and event["date_precision"] == "unknown"
    assert str(event["timeline_date"]) == "2025-07-02"
    assert event["timeline_date_source"] == "report"


def test_a_document_without_a_canonical_url_is_cited_by_its_file_uri(con):
    url = con.execute(
        "SELECT source_url FROM event_timeline WHERE event_id = 'ev-eu-sanctions'"
    ).fetchone()[0]
    assert url == "file:///data/docs/eu-sanctions.md"


def test_daily_mentions_count_by_publication_day_and_skip_undated_articles(con):
    rows = records(con, "SELECT * FROM entity_daily_mentions WHERE name = 'Russia' ORDER BY day")
    assert [(str(row["day"]), row["mentions"]) for row in rows] == [
        ("2025-06-20", 2),
        ("2025-07-02", 1),
        ("2025-07-14", 1),
        ("2025-07-15", 1),
    ]  # the undated EU document mentions Russia twice but has no day


def test_cooccurrence_pairs_each_couple_once_with_its_weight(con):
    rows = records(
        con,
        "SELECT * FROM entity_cooccurrence"
        " WHERE entity_a_name IN ('China', 'Russia') AND entity_b_name IN ('China', 'Russia')",
    )
    assert len(rows) == 1
    assert (rows[0]["n_articles"], rows[0]["weight"]) == (3, 4)
    unordered = con.execute(
        "SELECT count(*) FROM entity_cooccurrence WHERE entity_a_id >= entity_b_id"
    ).fetchone()[0]
    assert unordered == 0


def test_actor_relations_class_each_event_as_cooperation_or_conflict(con):
    rows = records(
        con,
        "SELECT actor1_name, actor2_name, relation, quad_class_name, week, n_events"
        " FROM actor_relations ORDER BY actor1_name",
    )
    classes = {(row["actor1_name"], row["actor2_name"]): row["quad_class_name"] for row in rows}
    assert classes[("Israel", "Houthis")] == "material conflict"
    assert classes[("Donald Trump", "Russia")] == "verbal conflict"
    assert classes[("Keir Starmer", "Narendra Modi")] == "verbal cooperation"
    week = {(row["actor1_name"], row["actor2_name"]): str(row["week"]) for row in rows}
    assert week[("Israel", "Houthis")] == "2025-07-21"  # a Monday


def test_source_health_counts_outcomes_per_domain_and_day(con):
    rows = records(
        con, "SELECT * FROM source_health WHERE domain = 'eastwire.example' ORDER BY day"
    )
    first = rows[0]
    assert (str(first["day"]), first["n_urls"], first["n_fetched"], first["n_failed"]) == (
        "2025-07-15",
        2,
        1,
        1,
    )  # the www. host counts as the same domain
    assert first["failure_rate"] == 0.5
    assert first["outcomes"] == {"fetched": 1, "timeout": 1}
    assert first["n_retries"] == 2
    assert first["most_common_error"] == "read timed out after 30 s"


def test_data_quality_shows_failures_and_quarantined_rows_per_load(con):
    rows = records(con, "SELECT * FROM data_quality ORDER BY validated_at, suite")
    assert [(row["load_id"], row["suite"], row["n_failed"]) for row in rows] == [
        ("load-1", "article", 0),
        ("load-1", "event", 0),
        ("load-2", "article", 0),
        ("load-2", "event", 1),
    ]
    failing = rows[-1]
    assert failing["failed_expectations"] == ["expect_column_values_to_be_in_set(root_code)"]
    assert failing["n_quarantined"] == 1 and failing["success_rate"] == 0.0
