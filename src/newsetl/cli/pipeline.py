"""Commands that run the pipeline: ingest, demo, extract."""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from newsetl.discover import classify_source
from newsetl.settings import Settings, load_settings
from newsetl.warehouse import connect, migrate
from newsetl.warehouse.reads import table_counts

out = Console()


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(demo)
    app.command()(extract)
    app.command()(serve)
    app.command()(reprocess)


def ingest(
    sources: list[str] = typer.Argument(
        ..., help="URLs, feed/sitemap URLs, URL files, documents or folders."
    ),
    warehouse: Path | None = typer.Option(
        None, help="DuckDB file (default warehouse/newsetl.duckdb)."
    ),
    allow_private_networks: bool = typer.Option(
        None,
        "--allow-private-networks/--no-allow-private-networks",
        help="Allow private and loopback addresses.",
    ),
) -> None:
    """Run the ingest flow once over SOURCES."""
    settings = load_settings(warehouse=warehouse, allow_private_networks=allow_private_networks)
    for source in sources:
        classify_source(source)  # fail fast, before Prefect starts, on a bad path
    _check_warehouse(settings)
    started = time.monotonic()
    _run_ingest(sources, settings)
    _print_summary(settings, time.monotonic() - started)


def demo(
    warehouse: Path | None = typer.Option(
        None, help="DuckDB file (default warehouse/newsetl.duckdb)."
    ),
) -> None:
    """Serve the bundled sample news sites on 127.0.0.1 and ingest them through their feeds and sitemaps."""
    settings = load_settings(warehouse=warehouse)
    _check_warehouse(settings)
    started = time.monotonic()
    # The CLI is the composition root: it alone in the library reaches the flows.
    from flows.demo import demo as demo_flow

    demo_flow(warehouse=str(settings.warehouse))
    _print_summary(settings, time.monotonic() - started)
    _print_next_steps(settings)


def extract(
    file: Path = typer.Argument(
        ..., exists=True, dir_okay=False, help="An .html, .txt or .md file."
    ),
    url: str | None = typer.Option(
        None, help="The URL the page came from (for relative links and metadata)."
    ),
) -> None:
    """Print the article extracted from FILE as JSON."""
    from newsetl.documents import parse_document, read_document
    from newsetl.extract import extract_article

    text, fmt = read_document(file)
    article = (
        extract_article(text, url=url)
        if fmt == "html"
        else parse_document(text, fmt, uri=file.resolve().as_uri())
    )
    typer.echo(json.dumps(asdict(article), default=str, ensure_ascii=False, indent=2))


def serve(
    sources_file: Path | None = typer.Option(None, help="Sources file (default sources.yaml)."),
) -> None:
    """Run every scheduled deployment (sources.yaml, maintenance, demo) in this process."""
    settings = load_settings(sources_file=sources_file)
    from newsetl.sources_config import load_sources

    load_sources(settings.sources_file)  # a bad file fails here, with the source and field named
    from flows.serve import serve_all

    serve_all(settings)


def reprocess(
    warehouse: Path | None = typer.Option(
        None, help="DuckDB file (default warehouse/newsetl.duckdb)."
    ),
) -> None:
    """Rebuild articles, entities and events from the raw page archive, without fetching."""
    settings = load_settings(warehouse=warehouse)
    _check_warehouse(settings)
    started = time.monotonic()
    from flows.reprocess import reprocess as reprocess_flow

    reprocess_flow(warehouse=str(settings.warehouse))
    _print_summary(settings, time.monotonic() - started)


def _run_ingest(sources: list[str], settings: Settings) -> dict:
    # The CLI is the composition root: it alone in the library reaches the flows.
    from flows.ingest import ingest as ingest_flow

    return ingest_flow(
        list(sources),
        warehouse=str(settings.warehouse),
        allow_private_networks=settings.allow_private_networks,
    )


def _check_warehouse(settings: Settings) -> None:
    with connect(settings.warehouse) as con:
        migrate(con)


def _print_summary(settings: Settings, seconds: float) -> None:
    if os.environ.get("NEWSETL_QUIET"):
        return
    with connect(settings.warehouse, read_only=True) as con:
        counts = table_counts(con)
    out.print(f"Warehouse {settings.warehouse} after {seconds:.0f} s:", soft_wrap=True)
    table = Table()
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in counts.items():
        table.add_row(name, str(count))
    out.print(table)


def _print_next_steps(settings: Settings) -> None:
    out.print(
        "\nLook further:\n"
        f'  newsetl query "SELECT title, published_at, domain FROM article ORDER BY published_at DESC"\n'
        f"  duckdb -readonly {settings.warehouse}   (or any DuckDB client)\n"
        "  Prefect UI: run `uv run prefect server start`, open http://127.0.0.1:4200,\n"
        "  then run the demo again with PREFECT_API_URL=http://127.0.0.1:4200/api to see it there.",
        soft_wrap=True,
    )
