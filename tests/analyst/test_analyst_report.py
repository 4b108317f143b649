"""The HTML report: every chart present, plotly.js inlined once, nothing fetched, empty-safe."""

import re

import numpy as np

from newsetl.analyst.report import SECTIONS, build_report
from newsetl.analyst.report.layout import spring_layout


def test_the_report_has_every_chart_and_is_self_contained(con, tmp_path):
    heard = []
    path = build_report(con, tmp_path / "sub" / "report.html", on_section=heard.append)
    html = path.read_text(encoding="utf-8")
    assert heard == [section.title for section in SECTIONS]
    charts = re.findall(r'<div class="chart" data-chart="([\w-]+)">', html)
    assert charts == [section.key for section in SECTIONS]
    assert html.count("plotly.js v") == 1  # the library's banner: inlined once
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?https?:", html)
    assert "No data yet" not in html and 'class="empty"' not in html


def test_each_chart_shows_the_sql_behind_it(con, tmp_path):
    html = build_report(con, tmp_path / "report.html").read_text(encoding="utf-8")
    assert "FROM event_timeline" in html and "FROM source_health" in html
    assert "actor1_name || &#x27; → &#x27; || actor2_name" in html  # escaped, as written


def test_the_summary_counts_the_warehouse(con, tmp_path):
    html = build_report(con, tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<b>7</b><span>articles</span>" in html
    assert "<b>2025-06-20 to 2025-07-24</b><span>published</span>" in html


def test_an_empty_warehouse_gets_a_note_per_chart_not_a_crash(empty_con, tmp_path):
    html = build_report(empty_con, tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.count('class="empty"') == len(SECTIONS)
    assert "No fetches logged yet" in html
    assert "plotly.js v" not in html  # no chart, no library
    assert "<b>none yet</b><span>last load</span>" in html


def test_the_network_layout_is_deterministic_and_keeps_linked_nodes_close():
    edges = [(0, 1, 3.0), (1, 2, 1.0), (0, 2, 1.0), (3, 4, 1.0), (4, 5, 1.0)]
    first, second = spring_layout(6, edges), spring_layout(6, edges)
    assert np.array_equal(first, second)
    assert np.abs(first).max() <= 1.0 + 1e-9

    def distance(a, b):
        return np.linalg.norm(first[a] - first[b])

    assert distance(0, 1) < distance(0, 3) and distance(3, 4) < distance(2, 5)


def test_the_layout_of_tiny_graphs():
    assert spring_layout(0, []).shape == (0, 2)
    assert spring_layout(1, []).tolist() == [[0.0, 0.0]]


def test_a_long_event_history_opens_on_the_latest_weeks_with_a_slider():
    from datetime import date

    from newsetl.analyst.report import charts

    rows = [(date(2022, 3, 7), "19", "fight", 1), (date(2025, 7, 21), "04", "consult", 3)]
    xaxis = charts.events_per_week(rows).layout.xaxis
    assert xaxis.rangeslider.visible is True
    assert str(xaxis.range[0]) == "2025-01-20"  # 26 weeks before the latest week
    short = charts.events_per_week([(date(2025, 7, 14), "04", "consult", 1), *rows[1:]])
    assert short.layout.xaxis.range is None


def test_data_quality_puts_every_load_on_the_axis_in_order():
    from newsetl.analyst.report import charts

    rows = [
        ("2025-07-15 09:00 load-1", "article", 1.0, 0, 0),
        ("2025-07-15 09:00 load-1", "event", 1.0, 0, 0),
        ("2025-07-25 09:00 load-2", "event", 0.5, 1, 2),
    ]
    figure = charts.data_quality(rows)
    assert list(figure.layout.xaxis.categoryarray) == [rows[0][0], rows[2][0]]
    event = next(trace for trace in figure.data if trace.name == "event")
    assert list(event.y) == [100.0, 50.0] and list(event.customdata[1]) == [1, 2]
