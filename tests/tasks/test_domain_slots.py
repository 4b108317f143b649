"""Per-host limits hold across concurrent runs: they live in the Prefect server."""

import contextvars
import threading
import time

from tasks.fetch import domain_slots


def most_at_once(hosts: list[str], hold_s: float = 2.0) -> int:
    """How many of the crawlers were inside their host's slot at the same time."""
    inside = 0
    most = 0
    lock = threading.Lock()
    start = threading.Barrier(len(hosts))

    def crawl(host: str) -> None:
        nonlocal inside, most
        start.wait()
        with domain_slots([host]):
            with lock:
                inside += 1
                most = max(most, inside)
            time.sleep(hold_s)
            with lock:
                inside -= 1

    # Each thread carries the test's Prefect settings (API URL), as task threads do.
    runs = [
        threading.Thread(target=contextvars.copy_context().run, args=(crawl, host))
        for host in hosts
    ]
    for run in runs:
        run.start()
    for run in runs:
        run.join(timeout=120)
    return most


def test_overlapping_runs_never_crawl_the_same_host_at_once(prefect_api):
    assert most_at_once(["same-host.example"] * 3) == 1


def test_different_hosts_do_not_wait_for_each_other(prefect_api):
    assert most_at_once(["one.example", "two.example"], hold_s=4.0) == 2
