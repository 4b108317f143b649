"""Fetch soak: thousands of pages, good and hostile, from a local server; pages/s and peak memory.

The fault-injection server of the test suite (tests/fetch/fault_server.py) runs
in a child process on 127.0.0.1; ``--hosts`` fictional hosts are routed to it
with ``connect_to``, each with its own robots.txt, so politeness and robots
caching work per host as on the web. Nothing leaves the machine.

    uv run python benchmarks/fetch_soak.py                 # 5,000 URLs
    uv run python benchmarks/fetch_soak.py --pages 20000 --json soak.json

The URL mix (per 100): 80 article pages (~16 KiB, gzipped), 4 not found,
3 failing once then recovering, 2 rate-limited once (Retry-After: 0),
3 redirect chains, 2 redirect loops, 2 images, 2 robots-disallowed,
1 gzip bomb, 1 oversized chunked body. Peak RSS is this process's (the client's) only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "fetch"))

from newsetl.fetch import FetchSettings, fetch_all  # noqa: E402

MAX_PAGES = 50_000
# (share per 100, path, the outcome it must end as)
MIX = (
    (80, "/article/{n}", "fetched"),
    (4, "/status/404", "http_error"),
    (3, "/flaky/{n}", "fetched"),
    (2, "/ratelimited/{n}?after=0", "fetched"),
    (3, "/chain/2?n={n}", "fetched"),
    (2, "/loop/a?n={n}", "redirect_loop"),
    (2, "/image/{n}", "not_html"),
    (2, "/private/{n}", "robots_disallowed"),
    (1, "/gzip-bomb/{n}", "too_large"),
    (1, "/huge-chunked/{n}", "too_large"),
)


def serve(port_queue: multiprocessing.Queue, stop: multiprocessing.Event) -> None:
    from fault_server import FaultServer

    with FaultServer() as server:
        port_queue.put(server.port)
        stop.wait()


def soak_urls(pages: int, hosts: int, port: int) -> list[tuple[str, str]]:
    """(URL, expected outcome) pairs, the mix spread evenly over the hosts."""
    pattern = [(path, outcome) for weight, path, outcome in MIX for _ in range(weight)]
    urls = []
    for n in range(pages):
        path, outcome = pattern[n % len(pattern)]
        urls.append((f"http://site{n % hosts}.test:{port}" + path.format(n=n), outcome))
    return urls


def soak_settings(hosts: int, port: int, args: argparse.Namespace) -> FetchSettings:
    return FetchSettings(
        contact="soak@newsetl.invalid",
        allow_private_networks=True,
        connect_to={f"site{n}.test": ("127.0.0.1", port) for n in range(hosts)},
        per_host_delay_s=0.0,
        per_host_concurrency=args.per_host,
        global_concurrency=args.concurrency,
        total_timeout_s=10.0,
        backoff_base_s=0.05,
        backoff_cap_s=0.2,
        max_body_bytes=2 * 1024 * 1024,
        max_decoded_bytes=4 * 1024 * 1024,
    )


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def run(args: argparse.Namespace) -> dict:
    context = multiprocessing.get_context("spawn")
    ports, stop = context.Queue(), context.Event()
    server = context.Process(target=serve, args=(ports, stop), daemon=True)
    server.start()
    try:
        port = ports.get(timeout=30)
        urls = soak_urls(args.pages, args.hosts, port)
        settings = soak_settings(args.hosts, port, args)
        rss_before = peak_rss_mib()
        started = time.perf_counter()
        work = fetch_all([url for url, _ in urls], settings)
        results = asyncio.run(asyncio.wait_for(work, args.budget_s))
        seconds = time.perf_counter() - started
    finally:
        stop.set()
        server.join(timeout=10)
        if server.is_alive():
            server.kill()
    outcomes = Counter(r.outcome for r in results)
    unexpected = [
        f"{r.url}: {r.outcome} ({r.error}), expected {expected}"
        for r, (_, expected) in zip(results, urls, strict=True)
        if r.outcome != expected
    ]
    return {
        "urls": len(urls),
        "hosts": args.hosts,
        "concurrency": args.concurrency,
        "per_host_concurrency": args.per_host,
        "seconds": round(seconds, 2),
        "urls_per_s": round(len(urls) / seconds, 1),
        "fetched_per_s": round(outcomes["fetched"] / seconds, 1),
        "fetched_mib": round(sum(len(r.raw_body or b"") for r in results) / 2**20, 1),
        "peak_rss_mib_before": round(rss_before, 1),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "outcomes": dict(outcomes.most_common()),
        "unexpected_outcomes": len(unexpected),
        "unexpected_examples": unexpected[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--per-host", type=int, default=4)
    parser.add_argument("--budget-s", type=float, default=600.0, help="give up after this long")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    args.pages = min(args.pages, MAX_PAGES)
    figures = run(args)
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    if figures["unexpected_outcomes"]:
        sys.exit("some URLs did not end as their fault should")


if __name__ == "__main__":
    main()
