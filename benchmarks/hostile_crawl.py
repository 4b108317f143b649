"""Hostile crawl (issue 8) at scale: `newsetl ingest` over good pages and hostile endpoints, twice.

The fault-injection server of the test suite (tests/fetch/fault_server.py) runs
in this process on 127.0.0.1 and answers for the three sample-site host names
(routed with NEWSETL_CONNECT_TO) with ``--pages`` distinct, realistic article
pages, and for ``--copies`` hosts hostileK.test with a copy each of the hostile set (404, 500,
429 + Retry-After, a reply slower than the timeout, declared and streamed
oversized bodies, a gzip bomb, a redirect loop, a PDF, binary bytes as HTML, a
robots.txt-disallowed path, a page without article text, a lying charset, a
page rate-limited once), plus ``--dead`` URLs on a host whose every reply is
slower than the timeout. A Prefect server runs beside it, so the crawl itself
is the CLI process whose peak RSS is measured (VmHWM from /proc, sampled until
it exits). The second run measures how many good pages came back as 304s.

    uv run python benchmarks/hostile_crawl.py                    # 300 pages, 10 hostile copies
    uv run python benchmarks/hostile_crawl.py --pages 1000 --copies 30 --json figures.json
    uv run python benchmarks/hostile_crawl.py --breaker 100  # the fetcher alone, breaker on/off

Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import duckdb
import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fetch"))

from fault_server import FaultServer  # noqa: E402
from news_pages import NEWS_HOSTS, news_url  # noqa: E402

BIN = Path(sys.executable).parent
# (path with {k} for the copy, the outcome it must end as); each host's robots.txt disallows /private/
HOSTILE = (
    ("/status/404?n={k}", "http_error"),
    ("/status/500?n={k}", "http_error"),
    ("/always-429?after=1&n={k}", "http_error"),
    ("/slow-headers?s={slow}&n={k}", "timeout"),
    ("/huge-declared?n={k}", "too_large"),
    ("/huge-chunked?n={k}", "too_large"),
    ("/gzip-bomb?n={k}", "too_large"),
    ("/loop/a?n={k}", "redirect_loop"),
    ("/pdf?n={k}", "not_html"),
    ("/png-as-html?n={k}", "decode_error"),
    ("/private/{k}", "robots_disallowed"),
    ("/no-text?n={k}", "fetched"),  # fetched, then counted as no_article_text
)
# Good pages the hostile set serves oddly: rate-limited once, a charset that lies.
ODD_GOOD = ("/ratelimited-news/{n}", "/lying-news/{n}")


def hostile_host(k: int) -> str:
    """Copy ``k`` of the hostile set has a host of its own, as bad sites do on the web."""
    return f"hostile{k}.test"


DEAD_HOST = "dead.test"  # every reply slower than the timeout


def crawl_urls(pages: int, copies: int, slow_s: float, dead: int):
    """(good URLs, {bad URL: expected outcome})."""
    good = [news_url(n) for n in range(pages)]
    bad = {f"http://{DEAD_HOST}/slow-headers/{n}?s={slow_s}": "timeout" for n in range(dead)}
    for k in range(copies):
        base = f"http://{hostile_host(k)}"
        for path, outcome in HOSTILE:
            bad[base + path.format(k=k, slow=slow_s)] = outcome
        good += [base + path.format(n=pages + 2 * k + i) for i, path in enumerate(ODD_GOOD)]
    return good, bad


class PeakRss:
    """The peak RSS of one process (VmHWM), sampled from /proc until it exits."""

    def __init__(self, pid: int, every_s: float = 0.1) -> None:
        self.kib = 0
        self._pid = pid
        self._every_s = every_s
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        status = Path(f"/proc/{self._pid}/status")
        while True:
            try:
                lines = status.read_text().splitlines()
            except OSError:
                return
            for line in lines:
                if line.startswith("VmHWM:"):
                    self.kib = max(self.kib, int(line.split()[1]))
            time.sleep(self._every_s)

    def stop(self) -> float:
        self._thread.join(timeout=1)
        return self.kib / 1024


def run_ingest(list_file: Path, warehouse: Path, env: dict[str, str]) -> dict:
    command = [str(BIN / "newsetl"), "ingest", str(list_file), "--warehouse", str(warehouse)]
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--allow-private-networks"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peak = PeakRss(process.pid)
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"ingest failed ({process.returncode}):\n{stderr.decode()[-3000:]}")
    return {"seconds": seconds, "peak_rss_mib": peak.stop()}


def latest_load(con: duckdb.DuckDBPyConnection) -> tuple[str, float, dict]:
    load_id, seconds, counts = con.execute(
        "SELECT load_id, epoch(finished_at - started_at), counts FROM load"
        " ORDER BY started_at DESC LIMIT 1"
    ).fetchone()
    return load_id, seconds, json.loads(counts)


def check_first_run(con, good: list[str], bad: dict[str, str], server: FaultServer) -> list[str]:
    """What the first run got wrong, if anything."""
    problems = []
    loaded = {url for (url,) in con.execute("SELECT url FROM article_url").fetchall()}
    missing = [url for url in good if url not in loaded]
    if missing:
        problems.append(f"{len(missing)} good pages not loaded, e.g. {missing[:3]}")
    outcomes = dict(
        con.execute(
            "SELECT url, arg_max(outcome, fetched_at) FROM fetch_log GROUP BY url"
        ).fetchall()
    )
    wrong = [
        (url, outcomes.get(url), want) for url, want in bad.items() if outcomes.get(url) != want
    ]
    if wrong:
        problems.append(f"{len(wrong)} bad URLs with another outcome, e.g. {wrong[:3]}")
    if any(hit.path.startswith("/private/") for hit in server.log.hits):
        problems.append("robots.txt-disallowed paths were requested")
    return problems


def second_run_figures(con, good: list[str], load_id: str) -> dict:
    rows = con.execute(
        "SELECT url, outcome, status_code FROM fetch_log WHERE load_id = ?", [load_id]
    ).fetchall()
    by_url = {url: (outcome, status) for url, outcome, status in rows}
    refetched = [url for url in good if url in by_url]
    answered_304 = [url for url in refetched if by_url[url] == ("not_modified", 304)]
    return {
        "good_refetched": len(refetched),
        "good_304": len(answered_304),
        "conditional_share": len(answered_304) / len(good) if good else 0.0,
    }


def knowledge_counts(con) -> dict[str, int]:
    tables = ("article", "article_url", "entity", "event")
    return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}


class PrefectServer:
    """A Prefect server on 127.0.0.1 for the runs, so no run starts its own."""

    def __init__(self, home: Path, port: int) -> None:
        self.api_url = f"http://127.0.0.1:{port}/api"
        env = {
            **os.environ,
            "PREFECT_HOME": str(home),
            "PREFECT_SERVER_API_HOST": "127.0.0.1",
            "PREFECT_SERVER_API_PORT": str(port),
            "PREFECT_UI_ENABLED": "false",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        }
        self._log = (home / "server.log").open("w")
        self._process = subprocess.Popen(
            [str(BIN / "prefect"), "server", "start"],
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.api_url}/health", timeout=2).json() is True:
                    return
            except (httpx.HTTPError, ValueError):
                time.sleep(0.5)
        self.close()
        raise SystemExit("the Prefect server did not start")

    def close(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._process.kill()
        self._log.close()


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def crawl_env(server: FaultServer, prefect: PrefectServer, home: Path, args) -> dict[str, str]:
    hosts = [*NEWS_HOSTS, DEAD_HOST, *(hostile_host(k) for k in range(args.copies))]
    routes = {f"{host}:80": ["127.0.0.1", server.port] for host in hosts}
    return {
        **os.environ,
        "PREFECT_HOME": str(home / "prefect-client"),
        "PREFECT_API_URL": prefect.api_url,
        "NEWSETL_CONFIG": str(home / "no-config.yaml"),
        "NEWSETL_CONNECT_TO": json.dumps(routes),
        "NEWSETL_FETCH_TIMEOUT_S": str(args.timeout_s),
        "NEWSETL_PER_HOST_DELAY_S": "0",
        "NEWSETL_PER_HOST_CONCURRENCY": str(args.per_host),
        "NEWSETL_QUIET": "1",
        "GX_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "true",
    }


def run(args: argparse.Namespace) -> dict:
    home = Path(tempfile.mkdtemp(prefix="newsetl-hostile-"))
    prefect = PrefectServer(home, free_port())
    try:
        with FaultServer() as server:
            good, bad = crawl_urls(args.pages, args.copies, args.timeout_s * 2, args.dead)
            list_file = home / "urls.txt"
            list_file.write_text("\n".join([*good, *bad]) + "\n")
            warehouse = home / "hostile.duckdb"
            env = crawl_env(server, prefect, home, args)
            first = run_ingest(list_file, warehouse, env)
            with duckdb.connect(str(warehouse), read_only=True) as con:
                _, first["flow_s"], first_counts = latest_load(con)
                problems = check_first_run(con, good, bad, server)
                before = knowledge_counts(con)
            second = run_ingest(list_file, warehouse, env)
            with duckdb.connect(str(warehouse), read_only=True) as con:
                load_id, second["flow_s"], _ = latest_load(con)
                second.update(second_run_figures(con, good, load_id))
                after = knowledge_counts(con)
            requests = Counter(hit.host for hit in server.log.hits)
    finally:
        prefect.close()
    urls = len(good) + len(bad)
    return {
        "urls": urls,
        "good_pages": len(good),
        "bad_urls": len(bad),
        "first_run": {**_rounded(first), "pages_per_s": round(urls / first["seconds"], 1)},
        "second_run": {**_rounded(second), "pages_per_s": round(urls / second["seconds"], 1)},
        "first_run_failures": first_counts.get("failures", {}),
        "second_run_added": {table: after[table] - before[table] for table in after},
        "problems": problems,
        "server_requests": sum(requests.values()),
        "dead_host_requests": requests[DEAD_HOST],
    }


def breaker_figures(urls: int) -> list[dict]:
    """The fetcher alone: ``urls`` URLs on a dead and on a rate-limiting host, breaker on and off."""
    from newsetl.fetch import FetchSettings, fetch_all_sync

    rows = []
    with FaultServer() as server:
        routes = {host: ("127.0.0.1", server.port) for host in ("dead.test", "limited.test")}
        for limit in (0, 10):
            settings = FetchSettings(
                total_timeout_s=1.0,
                per_host_delay_s=0.0,
                per_host_concurrency=2,
                host_failure_limit=limit,
                allow_private_networks=True,
                connect_to=routes,
            )
            for host, path in (
                ("dead.test", "/slow-headers/{n}?s=3"),
                ("limited.test", "/always-429/{n}?after=1"),
            ):
                batch = [f"http://{host}{path.format(n=n)}&limit={limit}" for n in range(urls)]
                started = time.perf_counter()
                pages = fetch_all_sync(batch, settings)
                rows.append(
                    {
                        "host": host,
                        "limit": limit,
                        "seconds": round(time.perf_counter() - started, 1),
                        "requests": sum(page.attempts for page in pages),
                        "outcomes": sorted({page.outcome for page in pages}),
                    }
                )
                print(rows[-1], flush=True)
    return rows


def _rounded(figures: dict) -> dict:
    return {
        key: round(value, 3) if isinstance(value, float) else value
        for key, value in figures.items()
    }


def print_table(figures: dict) -> None:
    first, second = figures["first_run"], figures["second_run"]
    rows = (
        (
            "URLs (good + bad)",
            f"{figures['urls']} ({figures['good_pages']} + {figures['bad_urls']})",
            "",
        ),
        ("wall time, s (CLI process)", f"{first['seconds']:.1f}", f"{second['seconds']:.1f}"),
        ("flow time, s (load row)", f"{first['flow_s']:.1f}", f"{second['flow_s']:.1f}"),
        ("URLs/s (wall)", f"{first['pages_per_s']}", f"{second['pages_per_s']}"),
        (
            "peak RSS, MiB (CLI process)",
            f"{first['peak_rss_mib']:.0f}",
            f"{second['peak_rss_mib']:.0f}",
        ),
        ("good pages answered 304", "", f"{second['good_304']}/{figures['good_pages']}"),
        (
            "rows added (article/url/entity/event)",
            "",
            "/".join(map(str, figures["second_run_added"].values())),
        ),
    )
    print(f"{'':40} {'run 1':>14} {'run 2':>14}")
    for name, one, two in rows:
        print(f"{name:40} {one:>14} {two:>14}")
    print(
        "first-run failures by reason:", json.dumps(figures["first_run_failures"], sort_keys=True)
    )
    print(f"requests to the dead host over both runs: {figures['dead_host_requests']}")
    print("problems:", figures["problems"] or "none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300, help="distinct good article pages")
    parser.add_argument("--copies", type=int, default=10, help="copies of the hostile set")
    parser.add_argument("--dead", type=int, default=50, help="URLs on a host that never answers")
    parser.add_argument("--timeout-s", type=float, default=5.0, help="NEWSETL_FETCH_TIMEOUT_S")
    parser.add_argument("--per-host", type=int, default=4, help="NEWSETL_PER_HOST_CONCURRENCY")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--breaker", type=int, metavar="URLS", help="only time the fetcher on URLS dead-host URLs"
    )
    args = parser.parse_args()
    if args.breaker:
        breaker_figures(args.breaker)
        return
    figures = run(args)
    print_table(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    if figures["problems"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
