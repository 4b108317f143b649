"""Rich renderings of search hits, warehouse stats and exports for the terminal.

User data goes into ``Text`` objects, never into markup strings, so an article
title holding "[/b]" prints as written.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from newsetl.analyst.export import ExportedTable
from newsetl.analyst.query import QueryResult, plain_value
from newsetl.analyst.search import Hit
from newsetl.analyst.stats import WarehouseStats


def hits_view(hits: list[Hit], query: str) -> list[RenderableType]:
    """Each hit as a heading, a line of date, domain and URL, and its snippet."""
    if not hits:
        return [Text(f"No article matches {query!r}.")]
    lines: list[RenderableType] = []
    for rank, hit in enumerate(hits, start=1):
        heading = Text(f"{rank}. ", style="bold")
        heading.append(hit.title or "(untitled)", style="bold")
        heading.append(f"  score {hit.score:.2f}", style="dim")
        date = hit.published_at.date().isoformat() if hit.published_at else "undated"
        where = " · ".join(part for part in (date, hit.domain, hit.url) if part)
        snippet = Text("   " + hit.snippet)
        snippet.highlight_words(hit.matched, style="bold yellow", case_sensitive=True)
        lines += [heading, Text(f"   {where}", style="cyan"), snippet, Text("")]
    return lines


def hits_result(hits: list[Hit]) -> QueryResult:
    """Hits as rows, for CSV and JSON output."""
    columns = ["rank", "score", "title", "published_at", "domain", "url", "snippet", "article_id"]
    rows = [
        (rank, hit.score, hit.title, hit.published_at, hit.domain, hit.url, hit.snippet,
         hit.article_id)
        for rank, hit in enumerate(hits, start=1)
    ]  # fmt: skip
    return QueryResult(columns=columns, rows=rows)


def stats_view(summary: WarehouseStats) -> list[RenderableType]:
    tables = _table("Rows per table", ("table", "rows"), right=("rows",))
    for name, count in summary.table_rows.items():
        tables.add_row(Text(name), f"{count:,}")
    first = summary.first_published_at.date() if summary.first_published_at else "-"
    last = summary.last_published_at.date() if summary.last_published_at else "-"
    dates = Text(f"Articles published {first} to {last} ({summary.undated_articles} undated)")
    index = summary.search_index
    state = (
        "none yet (built after each load)"
        if not index.exists
        else "up to date"
        if index.current
        else f"{index.stale} article(s) behind"
    )
    domains = _table("Top domains", ("domain", "articles", "latest article"), right=("articles",))
    for item in summary.top_domains:
        latest = item.latest_published_at.date().isoformat() if item.latest_published_at else ""
        domains.add_row(Text(item.domain), str(item.articles), latest)
    loads = _table("Last loads", ("load", "started", "finished", "status", "counts"))
    for load in summary.last_loads:
        loads.add_row(
            Text(load.load_id),
            f"{load.started_at:%Y-%m-%d %H:%M}",
            f"{load.finished_at:%Y-%m-%d %H:%M}" if load.finished_at else "",
            Text(load.status),
            Text(load.counts or ""),
        )
    return [tables, dates, Text(f"Search index: {state}"), domains, loads]


def stats_json(summary: WarehouseStats) -> str:
    data = asdict(summary)
    data["search_index"]["current"] = summary.search_index.current
    return json.dumps(plain_value(data), ensure_ascii=False, indent=2)


def export_view(exported: list[ExportedTable], folder: Path) -> Table:
    table = _table(
        f"Exported to {folder}",
        ("table", "rows", "partitioned by", "files"),
        right=("rows", "files"),
    )
    for item in exported:
        table.add_row(Text(item.table), str(item.rows), item.partition_by or "-", str(item.files))
    return table


def _table(title: str, columns: tuple[str, ...], right: tuple[str, ...] = ()) -> Table:
    table = Table(title=Text(title))
    for column in columns:
        table.add_column(column, justify="right" if column in right else "left", overflow="fold")
    return table
