"""The console script as a user runs it: exit codes and one-line errors."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsetl.warehouse import connect
from newsetl.warehouse.reads import table_counts

NEWSETL = str(Path(sys.executable).parent / "newsetl")


def run(*args, cwd=None):
    return subprocess.run([NEWSETL, *args], capture_output=True, text=True, timeout=120, cwd=cwd)


def test_a_missing_source_is_one_clear_line_and_exit_2(tmp_path):
    result = run("ingest", str(tmp_path / "nowhere"), "--warehouse", str(tmp_path / "w.duckdb"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: source not found: {tmp_path / 'nowhere'} "
        "(expected an http(s) URL, a file or a folder)"
    ]


def test_an_unreadable_warehouse_is_one_clear_line(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_text("not a database")
    result = run("ingest", str(tmp_path), "--warehouse", str(bad))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot open warehouse {bad}")


def test_a_locked_warehouse_is_one_clear_line(tmp_path):
    path = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys
            con = duckdb.connect({str(path)!r})
            print("ready", flush=True)
            sys.stdin.readline()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = run("ingest", str(tmp_path), "--warehouse", str(path))
    finally:
        holder.communicate("done\n", timeout=10)
    assert result.returncode == 2
    assert "is in use by another process" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_debug_shows_the_trace(tmp_path):
    result = run("--debug", "ingest", str(tmp_path / "nowhere"))
    assert "Traceback" in result.stderr and result.returncode == 2


def test_extract_prints_the_article_as_json(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='en'><head><title>Leaders meet | Herald</title>"
        "<meta property='article:published_time' content='2025-07-15T08:00:00Z'></head><body>"
        "<article><h1>Leaders meet in Beijing</h1>"
        + "".join(
            f"<p>Paragraph {i} of the report says the two ministers met and talked at length about trade.</p>"
            for i in range(6)
        )
        + "</article></body></html>"
    )
    result = run("extract", str(page), "--url", "https://herald.example/2025/07/15/leaders-meet")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["title"].startswith("Leaders meet")
    assert article["published_at"].startswith("2025-07-15")
    assert "Paragraph 3 of the report" in article["text"]


@pytest.mark.parametrize(
    "args", [["--help"], ["ingest", "--help"], ["demo", "--help"], ["serve", "--help"]]
)
def test_help_works(args):
    result = run(*args)
    assert result.returncode == 0 and "Usage" in result.stdout


STORY_TABLES = ("article", "article_url", "entity", "article_entity", "event", "event_mention")


def story_counts(path: Path) -> dict[str, int]:
    with connect(path, read_only=True) as con:
        counts = table_counts(con)
    return {table: counts[table] for table in (*STORY_TABLES, "quarantine")}


def test_the_demo_as_a_new_user_runs_it_twice_and_the_second_adds_nothing(tmp_path):
    """`make demo` runs `newsetl demo` with the default (relative) warehouse path."""

    def demo():
        return subprocess.run(
            [NEWSETL, "demo"], capture_output=True, text=True, timeout=600, cwd=tmp_path
        )

    first = demo()
    assert first.returncode == 0, first.stderr[-3000:]
    assert "article" in first.stdout and "Look further" in first.stdout
    warehouse = tmp_path / "warehouse" / "newsetl.duckdb"
    loaded = story_counts(warehouse)
    assert loaded["article"] >= 10 and loaded["entity"] > 0 and loaded["event"] > 0
    assert (tmp_path / "warehouse" / "data_docs" / "index.html").is_file()
    assert (tmp_path / "warehouse" / "report.html").is_file()

    second = demo()
    assert second.returncode == 0, second.stderr[-3000:]
    assert story_counts(warehouse) == loaded
