"""Commands for people asking the warehouse questions: query, stats, search, export, report.

Each opens the warehouse read-only, so they run beside a scheduled load; only
``search --reindex`` writes (the search index), and only when asked.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager, nullcontext
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsetl.analyst import (
    AnalystSettings,
    OutputFormat,
    QueryError,
    SearchError,
    export_warehouse,
    index_status,
    open_read_only,
    refresh_search_index,
    run_query,
    search,
    warehouse_stats,
)
from newsetl.analyst.query import QueryResult, to_csv, to_json, to_table
from newsetl.analyst.render import export_view, hits_result, hits_view, stats_json, stats_view
from newsetl.analyst.stats import table_names
from newsetl.settings import load_settings
from newsetl.warehouse import connect

out = Console()
err = Console(stderr=True)
ANALYST = AnalystSettings()

WAREHOUSE_OPTION = typer.Option(None, help="DuckDB file (default warehouse/newsetl.duckdb).")
QUIET_OPTION = typer.Option(False, "--quiet", "-q", help="No progress bars or summaries.")


def register(app: typer.Typer) -> None:
    app.command("query")(query_command)
    app.command("stats")(stats_command)
    app.command("search")(search_command)
    app.command("export")(export_command)
    app.command("report")(report_command)


def query_command(
    sql: str | None = typer.Argument(
        None, help="The SQL to run (the warehouse is opened read-only); - reads it from stdin."
    ),
    file: Path | None = typer.Option(
        None, "--file", help="Read the SQL from a file, e.g. one of warehouse/queries/*.sql."
    ),
    format: OutputFormat = typer.Option(
        OutputFormat.table, "--format", "-f", help="Output format."
    ),
    warehouse: Path | None = WAREHOUSE_OPTION,
) -> None:
    """Run SQL on the warehouse and print the result as a table, CSV or JSON."""
    with _warehouse(warehouse) as con:
        result = run_query(con, _sql_text(sql, file))
    _print_result(result, format)


def _sql_text(sql: str | None, file: Path | None) -> str:
    if sql is None and file is None:
        raise QueryError("give the SQL to run (or - to read it from stdin, or --file PATH)")
    if sql is not None and file is not None:
        raise QueryError("give the SQL or --file, not both")
    if file is not None:
        return file.read_text(encoding="utf-8")
    return sys.stdin.read() if sql == "-" else sql


def stats_command(
    format: OutputFormat = typer.Option(
        OutputFormat.table, "--format", "-f", help="table or json (csv is not offered)."
    ),
    warehouse: Path | None = WAREHOUSE_OPTION,
) -> None:
    """Summarise the warehouse: rows per table, dates covered, top domains, last loads."""
    with _warehouse(warehouse) as con:
        summary = warehouse_stats(con)
    if format is OutputFormat.json:
        typer.echo(stats_json(summary))
    else:
        out.print(*stats_view(summary), sep="\n")


def search_command(
    text: str | None = typer.Argument(None, metavar="QUERY", help="Words to look for."),
    limit: int = typer.Option(ANALYST.search_limit, "--limit", "-n", min=1, help="Hits to show."),
    format: OutputFormat = typer.Option(
        OutputFormat.table, "--format", "-f", help="Output format."
    ),
    reindex: bool = typer.Option(
        False, "--reindex", help="Rebuild the search index first (opens the warehouse for writing)."
    ),
    warehouse: Path | None = WAREHOUSE_OPTION,
) -> None:
    """Full-text search over article titles and texts, best matches first."""
    if text is None and not reindex:
        raise SearchError("give the words to search for (or --reindex to rebuild the index)")
    path = load_settings(warehouse=warehouse).warehouse
    if reindex:
        _reindex(path)
    if text is None:
        return
    with _warehouse(path) as con:
        hits = search(con, text, limit, snippet_chars=ANALYST.snippet_chars)
        stale = index_status(con).stale
    if stale and not _quiet():
        err.print(
            f"note: {stale} article(s) changed since the search index was built; it is "
            "rebuilt after each load (or run `newsetl search --reindex`)",
            highlight=False,
        )
    if format is OutputFormat.table:
        out.print(*hits_view(hits, text), sep="\n")
    else:
        _print_result(hits_result(hits), format)


def export_command(
    to: Path = typer.Option(..., "--to", help="Folder to write the Parquet files into."),
    warehouse: Path | None = WAREHOUSE_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Write every table as Parquet, partitioned by publication month (hive layout)."""
    quiet = quiet or _quiet()
    with _warehouse(warehouse) as con, _progress(quiet) as progress:
        task = progress.add_task("exporting tables", total=len(table_names(con)))
        exported = export_warehouse(
            con, to, on_table=lambda name: progress.update(task, advance=1, description=name)
        )
    if not quiet:
        out.print(export_view(exported, to))


def report_command(
    out_file: Path | None = typer.Option(
        None, "--out", help="HTML file to write (default: report.html beside the warehouse)."
    ),
    warehouse: Path | None = WAREHOUSE_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Write one self-contained HTML report with charts of events, entities and sources."""
    from newsetl.analyst.report import SECTIONS, build_report

    quiet = quiet or _quiet()
    settings = load_settings(warehouse=warehouse)
    target = out_file or settings.warehouse_dir / "report.html"
    with _warehouse(settings.warehouse) as con, _progress(quiet) as progress:
        task = progress.add_task("building report", total=len(SECTIONS))
        written = build_report(
            con,
            target,
            on_section=lambda title: progress.update(task, advance=1, description=title),
        )
    if not quiet:
        out.print(f"Report written to {written}", highlight=False, markup=False)


@contextmanager
def _warehouse(path: Path | None):
    con = open_read_only(load_settings(warehouse=path).warehouse)
    try:
        yield con
    finally:
        con.close()


def _reindex(path: Path) -> None:
    with connect(path, read_only=False) as con, _spinner("rebuilding the search index"):
        refresh_search_index(con, force=True)
        articles = index_status(con).articles
    if not _quiet():
        err.print(f"search index rebuilt over {articles} article(s)", highlight=False)


def _spinner(message: str):
    return nullcontext() if _quiet() else err.status(message, spinner="dots")


def _quiet() -> bool:
    return bool(os.environ.get("NEWSETL_QUIET"))


@contextmanager
def _progress(quiet: bool):
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=quiet,
    )
    with progress:
        yield progress


def _print_result(result: QueryResult, format: OutputFormat) -> None:
    if format is OutputFormat.csv:
        typer.echo(to_csv(result), nl=False)
    elif format is OutputFormat.json:
        typer.echo(to_json(result))
    else:
        out.print(
            to_table(
                result,
                max_rows=ANALYST.table_max_rows,
                max_cell_chars=ANALYST.table_max_cell_chars,
            )
        )
