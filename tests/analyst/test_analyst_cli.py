"""The analyst commands as a user types them."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import typer
from typer.testing import CliRunner

from newsetl.cli import analyst

NEWSETL = str(Path(sys.executable).parent / "newsetl")


@pytest.fixture(scope="module")
def cli():
    app = typer.Typer()
    analyst.register(app)
    runner = CliRunner()

    def run(*args):
        return runner.invoke(app, [str(arg) for arg in args], catch_exceptions=False)

    return run


def test_query_prints_a_table_by_default(cli, warehouse_path):
    result = cli("query", "SELECT name, type FROM entity WHERE name = 'Houthis'",
                 "--warehouse", warehouse_path)  # fmt: skip
    assert result.exit_code == 0
    assert "Houthis" in result.output and "ORG" in result.output and "1 row" in result.output


def test_query_as_csv_and_json(cli, warehouse_path):
    sql = "SELECT domain, count(*) AS articles FROM article WHERE domain IS NOT NULL GROUP BY 1 ORDER BY 1"
    as_csv = cli("query", sql, "--format", "csv", "--warehouse", warehouse_path)
    assert list(csv.reader(io.StringIO(as_csv.output))) == [
        ["domain", "articles"],
        ["eastwire.example", "2"],
        ["harbourpost.example", "2"],
        ["northbridge.example", "2"],
    ]
    as_json = cli("query", sql, "-f", "json", "--warehouse", warehouse_path)
    assert json.loads(as_json.output)[0] == {"domain": "eastwire.example", "articles": 2}


def test_stats_summarises_the_warehouse(cli, warehouse_path):
    result = cli("stats", "--warehouse", warehouse_path)
    assert result.exit_code == 0
    for expected in ("Rows per table", "event_mention", "2025-06-20 to 2025-07-24",
                     "1 undated", "Top domains", "harbourpost.example", "load-2",
                     "Search index: up to date"):  # fmt: skip
        assert expected in result.output
    data = json.loads(cli("stats", "-f", "json", "--warehouse", warehouse_path).output)
    assert data["table_rows"]["article"] == 7 and data["search_index"]["current"] is True
    assert [load["load_id"] for load in data["last_loads"]] == ["load-2", "load-1"]


def test_search_prints_ranked_hits_with_title_date_domain_and_snippet(cli, warehouse_path):
    result = cli("search", "trade agreement", "--limit", "2", "--warehouse", warehouse_path)
    assert result.exit_code == 0
    first = result.output.split("\n\n")[0]
    assert first.startswith("1. United Kingdom and India sign a trade deal")
    assert "\n   2025-07-24 · harbourpost.example" in first  # date line under the title
    assert "free trade agreement" in first
    hits = json.loads(cli("search", "trade agreement", "-f", "json", "--warehouse",
                          warehouse_path).output)  # fmt: skip
    assert hits[0]["article_id"] == "a-uk-india-deal" and hits[0]["rank"] == 1


def test_search_reindex_builds_a_missing_index(cli, warehouse_path, tmp_path):
    copy = tmp_path / "w.duckdb"
    copy.write_bytes(warehouse_path.read_bytes())
    with duckdb.connect(str(copy)) as con:
        con.execute("DROP SCHEMA fts_main_article CASCADE")
    result = cli("search", "Hodeidah", "--reindex", "--warehouse", copy)
    assert result.exit_code == 0 and "1. Israel strikes Hodeidah port" in result.output


def test_export_writes_parquet_and_lists_the_tables(cli, warehouse_path, tmp_path):
    result = cli("export", "--to", tmp_path / "parquet", "--warehouse", warehouse_path)
    assert result.exit_code == 0 and "article_entity" in result.output
    assert (tmp_path / "parquet" / "article" / "month=2025-07").is_dir()
    quiet = cli("export", "--to", tmp_path / "parquet", "--warehouse", warehouse_path, "-q")
    assert quiet.output == ""


def test_report_writes_the_html_file(cli, warehouse_path, tmp_path):
    result = cli("report", "--out", tmp_path / "r.html", "--warehouse", warehouse_path)
    assert result.exit_code == 0 and "Report written to" in result.output
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def run_newsetl(*args):
    return subprocess.run([NEWSETL, *map(str, args)], capture_output=True, text=True, timeout=120)


def test_a_failing_query_is_one_line_on_stderr(warehouse_path):
    result = run_newsetl("query", "SELECT nope FROM article", "--warehouse", warehouse_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: query failed: Binder Error")


def test_a_missing_warehouse_is_one_line(tmp_path):
    result = run_newsetl("stats", "--warehouse", tmp_path / "none.duckdb")
    assert result.returncode == 2 and result.stderr.startswith("error: no warehouse at")


def test_query_reads_sql_from_a_file_or_stdin(cli, warehouse_path, tmp_path):
    query = tmp_path / "q.sql"
    query.write_text("-- a comment first\nSELECT count(*) AS n FROM entity;\n")
    result = cli("query", "--file", query, "-f", "csv", "--warehouse", warehouse_path)
    assert result.output == "n\n18\n"
    runner = CliRunner()
    app = typer.Typer()
    analyst.register(app)
    piped = runner.invoke(
        app, ["query", "-", "-f", "csv", "--warehouse", str(warehouse_path)],
        input="SELECT count(*) AS n FROM event",
    )  # fmt: skip
    assert piped.output == "n\n8\n"


def test_search_reports_no_match_plainly(cli, warehouse_path):
    result = cli("search", "zeppelin [/b]", "--warehouse", warehouse_path)
    assert result.exit_code == 0 and "No article matches 'zeppelin [/b]'." in result.output
