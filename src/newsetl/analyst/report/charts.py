"""Plotly figures for the report, one builder per chart, from rows the sections query."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta
from math import sqrt
from typing import Any

import plotly.graph_objects as go
from plotly.colors import qualitative

from newsetl.analyst.report.layout import spring_layout

Rows = Sequence[tuple[Any, ...]]

# CAMEO roots coloured by QuadClass: cooperation in blues and greens, conflict in oranges and reds.
ROOT_COLOURS = {
    "01": "#c6dbef", "02": "#9ecae1", "03": "#6baed6", "04": "#3182bd", "05": "#08519c",
    "06": "#a1d99b", "07": "#74c476", "08": "#31a354", "09": "#006d2c",
    "10": "#fdd0a2", "11": "#fdae6b", "12": "#fd8d3c", "13": "#e6550d", "14": "#a63603",
    "15": "#fcbba1", "16": "#fb6a4a", "17": "#ef3b2c", "18": "#cb181d", "19": "#a50f15",
    "20": "#67000d",
}  # fmt: skip
QUAD_CLASS_COLOURS = {
    "verbal cooperation": "#6baed6",
    "material cooperation": "#31a354",
    "verbal conflict": "#fd8d3c",
    "material conflict": "#cb181d",
}
OUTCOME_COLOURS = {"fetched": "#31a354", "not_modified": "#9ecae1"}
OPEN_WEEKS = 26  # the events chart opens on this many latest weeks
FAILURE_COLOURS = ["#e6550d", "#cb181d", "#fd8d3c", "#a50f15", "#fdae6b", "#67000d", "#fb6a4a"]


def _base(figure: go.Figure, *, height: int = 420, **layout: Any) -> go.Figure:
    figure.update_layout(
        height=height,
        margin=dict(l=10, r=10, t=10, b=10),
        template="plotly_white",
        legend=dict(
            orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0, traceorder="normal"
        ),
        **layout,
    )
    return figure


class StableColours(dict):
    """A colour per key, handed out in order of first use, so a legend reads the same each time."""

    def __missing__(self, key: str) -> str:
        colour = qualitative.D3[len(self) % len(qualitative.D3)]
        self[key] = colour
        return colour


def events_per_week(rows: Rows) -> go.Figure:
    """Rows: week, root_code, root_name, events."""
    figure = go.Figure()
    by_root: dict[tuple[str, str], list[tuple[Any, int]]] = defaultdict(list)
    for week, root_code, root_name, events in rows:
        by_root[(root_code, root_name or "unknown root")].append((week, events))
    for (root_code, root_name), points in sorted(by_root.items()):
        figure.add_bar(
            name=f"{root_code} {root_name}",
            x=[week for week, _ in points],
            y=[events for _, events in points],
            marker_color=ROOT_COLOURS.get(root_code, "#999999"),
            hovertemplate="week of %{x|%Y-%m-%d}<br>%{y} event(s)<extra>%{fullData.name}</extra>",
        )
    weeks = sorted({week for week, _, _, _ in rows})
    xaxis: dict[str, Any] = dict(title="week (starting Monday)", type="date")
    if (weeks[-1] - weeks[0]).days > 7 * OPEN_WEEKS:
        # Old events (a text recalling 2022) would squeeze recent weeks to slivers: open on
        # the latest weeks, with a slider over the whole span.
        xaxis.update(
            range=[weeks[-1] - timedelta(weeks=OPEN_WEEKS), weeks[-1] + timedelta(days=4)],
            rangeslider=dict(visible=True, thickness=0.08),
        )
    return _base(figure, barmode="stack", xaxis=xaxis, yaxis=dict(title="events"))


def top_entities(rows: Rows) -> go.Figure:
    """Rows: name, type, articles, mentions (most mentioned first)."""
    figure = go.Figure()
    colours = StableColours()
    order = [f"{name} ({kind})" for name, kind, _, _ in rows]
    by_type: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for (_, kind, articles, mentions), label in zip(rows, order, strict=True):
        by_type[kind].append((label, articles, mentions))
    for kind, items in by_type.items():
        figure.add_bar(
            name=kind,
            orientation="h",
            y=[label for label, _, _ in items],
            x=[articles for _, articles, _ in items],
            customdata=[mentions for _, _, mentions in items],
            marker_color=colours[kind],
            hovertemplate="%{y}<br>%{x} article(s), %{customdata} mention(s)<extra></extra>",
        )
    return _base(
        figure,
        height=max(300, 24 * len(rows) + 80),
        xaxis=dict(title="articles naming it"),
        yaxis=dict(categoryorder="array", categoryarray=list(reversed(order)), automargin=True),
    )


def cooccurrence_network(rows: Rows) -> go.Figure:
    """Rows: a_id, a_name, a_type, b_id, b_name, b_type, articles, weight."""
    names: dict[str, tuple[str, str]] = {}
    for a_id, a_name, a_type, b_id, b_name, b_type, _, _ in rows:
        names.setdefault(a_id, (a_name, a_type))
        names.setdefault(b_id, (b_name, b_type))
    strength: dict[str, float] = defaultdict(float)
    for a_id, _, _, b_id, _, _, _, weight in rows:
        strength[a_id] += weight
        strength[b_id] += weight
    ids = sorted(names, key=lambda entity: (-strength[entity], names[entity][0], entity))
    index = {entity: position for position, entity in enumerate(ids)}
    positions = spring_layout(
        len(ids), [(index[row[0]], index[row[3]], float(row[7])) for row in rows]
    )
    figure = go.Figure()
    heaviest = max(float(row[7]) for row in rows)
    for low, high, width in ((0.0, 0.34, 0.6), (0.34, 0.67, 1.6), (0.67, 1.01, 3.0)):
        xs: list[float | None] = []
        ys: list[float | None] = []
        for row in rows:
            if low <= float(row[7]) / heaviest < high:
                a, b = positions[index[row[0]]], positions[index[row[3]]]
                xs += [a[0], b[0], None]
                ys += [a[1], b[1], None]
        if xs:
            figure.add_scatter(
                x=xs, y=ys, mode="lines", line=dict(width=width, color="rgba(120,120,120,0.55)"),
                hoverinfo="skip", showlegend=False,
            )  # fmt: skip
    colours = StableColours()
    by_type: dict[str, list[str]] = defaultdict(list)
    for entity in ids:
        by_type[names[entity][1]].append(entity)
    top_strength = max(strength.values())
    for kind, members in by_type.items():
        figure.add_scatter(
            name=kind,
            mode="markers+text",
            x=[positions[index[entity]][0] for entity in members],
            y=[positions[index[entity]][1] for entity in members],
            text=[names[entity][0] for entity in members],
            textposition="top center",
            customdata=[strength[entity] for entity in members],
            marker=dict(
                size=[10 + 22 * sqrt(strength[entity] / top_strength) for entity in members],
                color=colours[kind],
                line=dict(width=1, color="white"),
            ),
            hovertemplate="%{text}<br>link weight %{customdata}<extra>%{fullData.name}</extra>",
        )
    hidden = dict(visible=False, range=[-1.25, 1.25])
    return _base(figure, height=560, xaxis=hidden, yaxis=hidden)


def actor_relations(rows: Rows) -> go.Figure:
    """Rows: pair label, quad class name, events (pairs with most events first)."""
    pairs = list(dict.fromkeys(pair for pair, _, _ in rows))
    counts = {(pair, quad): events for pair, quad, events in rows}
    series = [
        (quad, colour, [counts.get((pair, quad), 0) for pair in pairs])
        for quad, colour in QUAD_CLASS_COLOURS.items()
    ]
    return _stacked_bars(
        pairs,
        [item for item in series if any(item[2])],
        unit="event(s)",
        x_title="events (actor 1 acting on actor 2)",
    )


def source_health(rows: Rows) -> go.Figure:
    """Rows: domain, outcome, urls (domains with most URLs first)."""
    domains = list(dict.fromkeys(domain for domain, _, _ in rows))
    counts = {(domain, outcome): urls for domain, outcome, urls in rows}
    present = {outcome for _, outcome, _ in rows}
    outcomes = [outcome for outcome in OUTCOME_COLOURS if outcome in present]
    outcomes += sorted(present - OUTCOME_COLOURS.keys())
    failures = iter(FAILURE_COLOURS * (len(outcomes) // len(FAILURE_COLOURS) + 1))
    series = [
        (
            outcome,
            OUTCOME_COLOURS.get(outcome) or next(failures),
            [counts.get((domain, outcome), 0) for domain in domains],
        )
        for outcome in outcomes
    ]
    return _stacked_bars(domains, series, unit="URL(s)", x_title="fetch attempts")


def _stacked_bars(
    labels: list[str], series: list[tuple[str, str, list[int]]], *, unit: str, x_title: str
) -> go.Figure:
    """Horizontal bars, one per label top-down, stacked from (name, colour, values) series."""
    figure = go.Figure()
    for name, colour, values in series:
        figure.add_bar(
            name=name,
            orientation="h",
            y=labels,
            x=values,
            marker_color=colour,
            hovertemplate=f"%{{y}}<br>%{{x}} {unit}<extra>%{{fullData.name}}</extra>",
        )
    return _base(
        figure,
        height=max(280, 28 * len(labels) + 100),
        barmode="stack",
        xaxis=dict(title=x_title),
        yaxis=dict(categoryorder="array", categoryarray=list(reversed(labels)), automargin=True),
    )


def data_quality(rows: Rows) -> go.Figure:
    """Rows: load label, suite, success rate (0-1), failed checks, quarantined rows."""
    figure = go.Figure()
    loads = list(dict.fromkeys(row[0] for row in rows))
    by_suite: dict[str, dict[str, tuple[float, int, int]]] = defaultdict(dict)
    for load, suite, rate, failed, quarantined in rows:
        by_suite[suite][load] = (rate, failed, quarantined)
    colours = StableColours()
    for suite, results in sorted(by_suite.items()):
        figure.add_bar(
            name=suite,
            x=list(results),
            y=[100 * rate for rate, _, _ in results.values()],
            customdata=[[failed, quarantined] for _, failed, quarantined in results.values()],
            marker_color=colours[suite],
            hovertemplate=(
                "load %{x}<br>%{y:.0f}% of checks passed<br>"
                "%{customdata[0]} failed, %{customdata[1]} row(s) quarantined"
                "<extra>%{fullData.name}</extra>"
            ),
        )
    return _base(
        figure,
        barmode="group",
        xaxis=dict(title="load (started at)", type="category", categoryorder="array",
                   categoryarray=loads),
        yaxis=dict(title="checks passed (%)", range=[0, 105]),
    )  # fmt: skip
