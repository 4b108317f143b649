"""Full-text search: ranking, snippets, and keeping the index in step with the articles."""

import shutil

import pytest

from newsetl.analyst import (
    SearchError,
    index_status,
    open_read_only,
    refresh_search_index,
    search,
)
from newsetl.analyst.snippets import snippet, window
from newsetl.warehouse import connect


def test_the_article_about_the_query_ranks_first(con):
    hits = search(con, "Hodeidah port strikes", limit=5)
    assert hits[0].article_id == "a-hodeidah-strikes"
    assert hits[0].title == "Israel strikes Hodeidah port"
    assert hits[0].domain == "eastwire.example"
    assert str(hits[0].published_at.date()) == "2025-07-21"
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)


def test_stemming_matches_other_forms_of_a_word(con):
    hits = search(con, "signing agreements", limit=3)
    assert hits[0].article_id == "a-uk-india-deal"
    assert "signed" in hits[0].matched and "agreement" in hits[0].matched


def test_the_snippet_is_a_window_around_the_first_match(con):
    [hit] = search(con, "Washington", limit=1)
    assert hit.article_id == "a-blinken-warning"
    assert "Washington" in hit.snippet and hit.matched == ["Washington"]
    assert len(hit.snippet) <= 160 + 2


def test_limit_caps_the_hits_and_no_match_is_an_empty_list(con):
    assert len(search(con, "Russia", limit=2)) == 2
    assert search(con, "zeppelin", limit=5) == []


def test_a_query_without_words_is_a_clear_error(con):
    with pytest.raises(SearchError, match="no words"):
        search(con, "  ?! 42 ", limit=5)


def test_searching_before_any_index_exists_says_how_to_build_it(tmp_path, warehouse_path):
    copy = tmp_path / "w.duckdb"
    shutil.copy(warehouse_path, copy)
    with connect(copy) as writable:
        writable.execute("DROP SCHEMA fts_main_article CASCADE")
    with open_read_only(copy) as readonly, pytest.raises(SearchError, match="--reindex"):
        search(readonly, "Russia", limit=5)


def test_the_index_notices_changed_articles_and_a_refresh_catches_up(tmp_path, warehouse_path):
    copy = tmp_path / "w.duckdb"
    shutil.copy(warehouse_path, copy)
    with connect(copy) as writable:
        assert refresh_search_index(writable) is False  # already current: nothing to do
        writable.execute(
            "INSERT INTO article (article_id, title, text, word_count, content_hash,"
            " first_seen_at, updated_at) VALUES ('a-new', 'Zeppelin returns',"
            " 'A zeppelin flew over the harbour.', 6, 'hash-new', now(), now())"
        )
        assert index_status(writable).stale == 1
        assert search(writable, "zeppelin", limit=5) == []
        assert refresh_search_index(writable) is True
        assert index_status(writable).current
        assert [hit.article_id for hit in search(writable, "zeppelin", limit=5)] == ["a-new"]


def test_window_cuts_at_word_boundaries_and_marks_what_it_left_out():
    text = " ".join(f"word{i}" for i in range(100))
    start = text.index("word50")
    shown = window(text, start, 60)
    assert shown.startswith("…") and shown.endswith("…")
    assert "word50" in shown
    inner = shown.strip("…")
    assert inner.split()[0].startswith("word") and inner.split()[-1].startswith("word")
    assert len(inner) <= 60


def test_window_over_a_short_text_is_the_whole_text():
    assert window("Short  text\n\nhere.", 0, 160) == "Short text here."


def test_snippet_starts_at_the_beginning_when_only_the_title_matched():
    text = "Nothing relevant in the body. " * 20
    shown, matched = snippet(text, {"zeppelin"}, {"nothing": "noth"}, 50)
    assert shown.startswith("Nothing relevant") and matched == []


def test_window_cuts_at_line_breaks_too():
    text = "alpha\n\nbravo charlie delta echo foxtrot golf hotel india juliet"
    shown = window(text, text.index("delta"), 20)
    assert shown.startswith("…") and "delta" in shown
    assert shown.strip("…").split()[0] in {"bravo", "charlie", "delta"}
