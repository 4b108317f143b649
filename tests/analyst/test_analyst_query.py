"""Running an analyst's SQL and printing it as a table, CSV or JSON."""

import csv
import io
import json

import pytest
from rich.console import Console

from newsetl.analyst import QueryError, run_query
from newsetl.analyst.query import QueryResult, to_csv, to_json, to_table

TIMELINE = (
    "SELECT event_date, actor1_name, label, actor2_name, n_articles"
    " FROM event_timeline WHERE event_id = 'ev-putin-xi-call'"
)


def test_csv_has_a_header_and_iso_dates(con):
    text = to_csv(run_query(con, TIMELINE))
    assert list(csv.reader(io.StringIO(text))) == [
        ["event_date", "actor1_name", "label", "actor2_name", "n_articles"],
        ["2025-07-02", "Vladimir Putin", "consult", "Xi Jinping", "2"],
    ]


def test_json_is_a_list_of_objects_with_plain_values(con):
    records = json.loads(to_json(run_query(con, TIMELINE)))
    assert records == [
        {
            "event_date": "2025-07-02",
            "actor1_name": "Vladimir Putin",
            "label": "consult",
            "actor2_name": "Xi Jinping",
            "n_articles": 2,
        }
    ]


def test_maps_and_lists_become_json_values(con):
    result = run_query(
        con,
        "SELECT outcomes, [domain] AS domains FROM source_health"
        " WHERE domain = 'harbourpost.example' ORDER BY day LIMIT 1",
    )
    assert json.loads(to_json(result)) == [
        {"outcomes": {"fetched": 1, "http_error": 1}, "domains": ["harbourpost.example"]}
    ]
    row = list(csv.reader(io.StringIO(to_csv(result))))[1]
    assert json.loads(row[0]) == {"fetched": 1, "http_error": 1}


def test_a_table_shows_at_most_max_rows_and_says_so():
    result = QueryResult(columns=["n", "text"], rows=[(i, "x" * 300) for i in range(30)])
    console = Console(width=200, record=True)
    console.print(to_table(result, max_rows=5, max_cell_chars=40))
    shown = console.export_text()
    assert "30 rows, first 5 shown" in shown
    assert "x" * 39 + "…" in shown and "x" * 41 not in shown
    assert "│ 4 " in shown and "│ 5 " not in shown


def test_bad_sql_is_one_line_naming_the_problem(con):
    with pytest.raises(QueryError) as raised:
        run_query(con, "SELECT * FROM nowhere")
    assert str(raised.value).startswith("query failed: Catalog Error: Table with name nowhere")
    assert "\n" not in str(raised.value)


def test_the_warehouse_cannot_be_changed_through_a_query(con):
    with pytest.raises(QueryError, match="read-only"):
        run_query(con, "DELETE FROM article")
    assert con.execute("SELECT count(*) FROM article").fetchone()[0] == 7


def test_an_empty_query_is_refused(con):
    with pytest.raises(QueryError, match="empty"):
        run_query(con, "  ")


def test_brackets_in_data_print_as_written_not_as_markup():
    result = QueryResult(columns=["[bold]title"], rows=[("Leaders [/b] meet [red]today",)])
    console = Console(width=120, record=True)
    console.print(to_table(result, max_rows=5, max_cell_chars=80))
    shown = console.export_text()
    assert "[bold]title" in shown and "Leaders [/b] meet [red]today" in shown
