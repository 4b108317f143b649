"""The report's HTML: one self-contained page, plotly.js inlined once, no network needed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape

import plotly.graph_objects as go

PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}


@dataclass(frozen=True)
class RenderedSection:
    key: str
    title: str
    subtitle: str
    sql: str
    figure: go.Figure | None  # None: no data yet
    empty: str


@dataclass(frozen=True)
class Summary:
    figures: list[tuple[str, str]]  # label, value
    generated_at: datetime
    source: str


STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
       color: #1f2933; background: #f5f7fa; }
header { background: #1f2933; color: #f5f7fa; padding: 1.2rem 2rem; }
header h1 { margin: 0 0 .3rem 0; font-size: 1.5rem; }
header p { margin: 0; color: #cbd2d9; font-size: .9rem; }
.figures { display: flex; flex-wrap: wrap; gap: .8rem; padding: 1rem 2rem 0 2rem; }
.figure { background: white; border-radius: 6px; padding: .6rem 1rem; min-width: 7rem;
          box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.figure b { display: block; font-size: 1.3rem; }
.figure span { color: #616e7c; font-size: .8rem; }
main { padding: 1rem 2rem 2rem 2rem; display: grid; gap: 1.2rem; }
section { background: white; border-radius: 6px; padding: 1rem 1.2rem;
          box-shadow: 0 1px 2px rgba(0,0,0,.08); }
section h2 { margin: 0; font-size: 1.15rem; }
section .question { margin: .2rem 0 .6rem 0; color: #616e7c; }
.empty { padding: 2rem; text-align: center; color: #616e7c; background: #f5f7fa;
         border-radius: 4px; }
details { margin-top: .5rem; font-size: .85rem; }
details pre { background: #f5f7fa; padding: .6rem; overflow-x: auto; }
footer { padding: 0 2rem 2rem 2rem; color: #9aa5b1; font-size: .8rem; }
"""


def render_page(summary: Summary, sections: list[RenderedSection]) -> str:
    plotly_included = False
    parts = []
    for section in sections:
        body, included = _section_body(section, include_plotlyjs=not plotly_included)
        plotly_included = plotly_included or included
        parts.append(
            f'<section id="{section.key}">'
            f"<h2>{escape(section.title)}</h2>"
            f'<p class="question">{escape(section.subtitle)}</p>'
            f"{body}"
            f"<details><summary>SQL behind this chart</summary><pre>{escape(section.sql)}</pre>"
            "</details></section>"
        )
    figures = "".join(
        f'<div class="figure"><b>{escape(value)}</b><span>{escape(label)}</span></div>'
        for label, value in summary.figures
    )
    generated = summary.generated_at.strftime("%Y-%m-%d %H:%M UTC")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>newsetl report</title>"
        f"<style>{STYLE}</style></head><body>"
        f"<header><h1>newsetl report</h1><p>{escape(summary.source)} · generated {generated}</p>"
        f"</header>"
        f'<div class="figures">{figures}</div>'
        f"<main>{''.join(parts)}</main>"
        "<footer>Made by newsetl. Every chart reads the warehouse views; "
        "the SQL under each one runs as is in <code>newsetl query</code>.</footer>"
        "</body></html>\n"
    )


def _section_body(section: RenderedSection, *, include_plotlyjs: bool) -> tuple[str, bool]:
    if section.figure is None:
        return f'<div class="empty">{escape(section.empty)}</div>', False
    html = section.figure.to_html(
        full_html=False,
        include_plotlyjs=include_plotlyjs,
        div_id=f"chart-{section.key}",
        config=PLOTLY_CONFIG,
        default_height=f"{section.figure.layout.height or 420}px",
    )
    return f'<div class="chart" data-chart="{section.key}">{html}</div>', include_plotlyjs
