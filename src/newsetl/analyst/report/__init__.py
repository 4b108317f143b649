"""One self-contained HTML report of the warehouse, with interactive plotly charts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from newsetl.analyst.report.page import RenderedSection, Summary, render_page
from newsetl.analyst.report.sections import SECTIONS, Section
from newsetl.analyst.settings import AnalystSettings

__all__ = ["SECTIONS", "build_report"]


def build_report(
    con: duckdb.DuckDBPyConnection,
    out_path: Path | str,
    *,
    settings: AnalystSettings | None = None,
    on_section: Callable[[str], None] | None = None,
) -> Path:
    """Write the report to ``out_path`` and return its path; ``on_section`` hears of each chart."""
    settings = settings or AnalystSettings()
    rendered = []
    for section in SECTIONS:
        rendered.append(_render(con, section, settings))
        if on_section:
            on_section(section.title)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    html = render_page(_summary(con), rendered)
    temporary = out_path.with_name(f".{out_path.name}.tmp")
    temporary.write_text(html, encoding="utf-8")
    temporary.replace(out_path)  # a reader never sees half a report
    return out_path


def _render(
    con: duckdb.DuckDBPyConnection, section: Section, settings: AnalystSettings
) -> RenderedSection:
    sql = section.query(settings)
    rows = con.execute(sql).fetchall()
    return RenderedSection(
        key=section.key,
        title=section.title,
        subtitle=section.subtitle(settings),
        sql=sql,
        figure=section.chart(rows) if rows else None,
        empty=section.empty,
    )


def _summary(con: duckdb.DuckDBPyConnection) -> Summary:
    articles, domains, first, last = con.execute(
        "SELECT count(*), count(DISTINCT domain), min(published_at), max(published_at) FROM article"
    ).fetchone()
    entities = con.execute("SELECT count(*) FROM entity").fetchone()[0]
    events = con.execute("SELECT count(*) FROM event").fetchone()[0]
    last_load = con.execute("SELECT max(coalesce(finished_at, started_at)) FROM load").fetchone()[0]
    span = f"{first:%Y-%m-%d} to {last:%Y-%m-%d}" if first and last else "-"
    figures = [
        ("articles", f"{articles:,}"),
        ("sources (domains)", f"{domains:,}"),
        ("entities", f"{entities:,}"),
        ("events", f"{events:,}"),
        ("published", span),
        ("last load", f"{last_load:%Y-%m-%d %H:%M}" if last_load else "none yet"),
    ]
    database = con.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    source = Path(database[0]).name if database and database[0] else "in-memory warehouse"
    return Summary(
        figures=figures, generated_at=datetime.now(UTC).replace(tzinfo=None), source=source
    )
