"""The report opened in headless Chromium: every chart renders, the console stays clean,
and no network is needed (host names do not even resolve)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsetl.analyst.report import SECTIONS, build_report

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

# Put first in <head>: records console errors, uncaught errors, failed loads and rejections
# on <html data-console-errors>, which --dump-dom prints.
ERROR_RECORDER = """<script>
(function () {
  var errors = [];
  var root = document.documentElement;
  function note(message) {
    errors.push(String(message));
    root.setAttribute("data-console-errors", JSON.stringify(errors));
  }
  root.setAttribute("data-console-errors", "[]");
  var original = console.error;
  console.error = function () {
    note(Array.prototype.join.call(arguments, " "));
    return original.apply(console, arguments);
  };
  window.addEventListener("error", function (event) {
    note(event.message || "failed to load " + (event.target && (event.target.src || event.target.href)));
  }, true);
  window.addEventListener("unhandledrejection", function (event) {
    note("unhandled rejection: " + event.reason);
  });
})();
</script>"""


def chromium_flags(profile: Path) -> list[str]:
    return [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--enable-logging=stderr",
        "--v=0",
        "--window-size=1280,2000",
        "--virtual-time-budget=20000",
        "--dump-dom",
    ]


@pytest.fixture(scope="module")
def rendered(warehouse_path, tmp_path_factory):
    """The report's DOM after Chromium ran its scripts, and Chromium's log."""
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed: run scripts/install-chromium.sh (root, apt-get)")
    from newsetl.analyst import open_read_only

    folder = tmp_path_factory.mktemp("browser")
    with open_read_only(warehouse_path) as con:
        report = build_report(con, folder / "report.html")
    page = report.read_text(encoding="utf-8").replace("<head>", "<head>" + ERROR_RECORDER, 1)
    instrumented = folder / "instrumented.html"
    instrumented.write_text(page, encoding="utf-8")
    result = subprocess.run(
        [CHROMIUM, *chromium_flags(folder / "profile"), instrumented.as_uri()],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return LexborHTMLParser(result.stdout), result.stderr


def test_every_chart_rendered_with_its_data(rendered):
    dom, _ = rendered
    charts = {node.attributes["data-chart"]: node for node in dom.css("div.chart")}
    assert list(charts) == [section.key for section in SECTIONS]
    for key, chart in charts.items():
        assert chart.css_first(".js-plotly-plot") is not None, f"{key}: plotly did not run"
        assert len(chart.css("svg.main-svg")) >= 1, f"{key}: no plot drawn"
        assert len(chart.css("g.trace")) >= 1, f"{key}: no data series drawn"
        points = chart.css("g.trace .point")  # a bar (g.point > path) or a marker (path.point)
        drawn = [p for p in points if p.attributes.get("d") or p.css_first("path[d]")]
        assert drawn, f"{key}: no bars or markers drawn"


def test_the_network_draws_a_labelled_node_per_entity(rendered):
    dom, _ = rendered
    network = dom.css_first('div.chart[data-chart="cooccurrence-network"]')
    labels = {node.text() for node in network.css("g.textpoint text")}
    assert {"Russia", "China", "Xi Jinping", "Hodeidah"} <= labels


def test_the_console_shows_no_errors(rendered):
    dom, log = rendered
    recorded = dom.css_first("html").attributes.get("data-console-errors")
    assert recorded is not None, "the error recorder did not run"
    assert json.loads(recorded) == []
    console_lines = [line for line in log.splitlines() if "CONSOLE" in line]
    assert not [line for line in console_lines if "Uncaught" in line or "rror" in line]
