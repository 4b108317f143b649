"""Counts of what happened in one run, per stage and per domain, with failure examples."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

STAGES = (
    "discovered",
    "not_due",
    "fetched",
    "not_modified",
    "failed",
    "no_article_text",
    "new_articles",
    "updated_articles",
    "duplicates_merged",
    "unchanged",
    "quarantined",
    "entities",
    "events",
)
MAX_EXAMPLES = 5


def domain_key(url: str) -> str:
    if url.startswith("file:"):
        return "(local documents)"
    return urlsplit(url).hostname or "(unknown)"


@dataclass
class RunStats:
    by_domain: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    failures: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    failure_counts: Counter = field(default_factory=Counter)
    notes: Counter = field(default_factory=Counter)  # run-wide counts, e.g. skipped languages

    def add(self, stage: str, url: str, n: int = 1) -> None:
        self.by_domain[domain_key(url)][stage] += n

    def fail(self, url: str, reason: str, detail: str | None = None) -> None:
        self.add("failed", url)
        self.failure_counts[reason] += 1
        if len(self.failures[reason]) < MAX_EXAMPLES:
            self.failures[reason].append(f"{url}: {detail}" if detail else url)

    def totals(self) -> Counter:
        total: Counter = Counter()
        for counts in self.by_domain.values():
            total.update(counts)
        return total

    def table(self) -> list[dict[str, object]]:
        """One row per domain plus a total row, every stage a column."""
        rows = [
            {"domain": domain, **{stage: counts.get(stage, 0) for stage in STAGES}}
            for domain, counts in sorted(self.by_domain.items())
        ]
        totals = self.totals()
        rows.append({"domain": "TOTAL", **{stage: totals.get(stage, 0) for stage in STAGES}})
        return rows

    def failures_markdown(self) -> str:
        if not self.failure_counts:
            return "# Failures\n\nNo failures in this run."
        lines = ["# Failures by reason", ""]
        for reason, count in self.failure_counts.most_common():
            lines.append(f"## {reason}: {count}")
            lines.extend(f"- `{example}`" for example in self.failures[reason])
            lines.append("")
        return "\n".join(lines)

    def as_counts(self) -> dict[str, object]:
        return {
            "totals": dict(self.totals()),
            "failures": dict(self.failure_counts),
            "notes": dict(self.notes),
        }


_RESOLUTION_STAGE = {
    "new": "new_articles",
    "updated": "updated_articles",
    "merged": "duplicates_merged",
    "unchanged": "unchanged",
}


def count_fetch(stats: RunStats, result) -> None:
    """Count one ``FetchResult``: fetched, not modified, or a failure by its outcome."""
    if result.outcome in ("fetched", "not_modified"):
        stats.add(result.outcome, result.url)
    else:
        stats.fail(result.url, result.outcome, result.error)


def count_resolutions(stats: RunStats, resolutions) -> None:
    for resolution in resolutions:
        stage = _RESOLUTION_STAGE.get(resolution.status, resolution.status)
        stats.add(stage, resolution.copy.source_url or "")


def count_batch(stats: RunStats, staged, passed, quarantined) -> None:
    """Entities, events and quarantined rows, each under its article's domain."""
    url_of = {a.article_id: a.canonical_url or a.source_url or "" for a in staged.articles}
    for link in passed.article_entities:
        stats.add("entities", url_of.get(link.article_id, ""))
    for mention in passed.event_mentions:
        stats.add("events", url_of.get(mention.article_id, ""))
    for row in quarantined:
        stats.add("quarantined", url_of.get(row.record_key, row.record_key))
        stats.notes[f"quarantined_{row.table_name}"] += 1
