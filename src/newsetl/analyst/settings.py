"""Settings of the analyst tools, with defaults that suit a terminal and a laptop."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AnalystSettings:
    search_limit: int = 10  # hits `newsetl search` prints
    snippet_chars: int = 160  # width of the text window around a search hit
    table_max_rows: int = 200  # rows `newsetl query` shows as a table; csv/json get all
    table_max_cell_chars: int = 120  # longer cell values are cut in table output
    report_top_entities: int = 20
    report_network_nodes: int = 40  # the co-occurrence network keeps the best-linked entities
    report_network_edges: int = 120  # ... and their strongest links
    report_actor_pairs: int = 15
    report_source_days: int = 60  # source health chart covers this many recent days
    report_quality_loads: int = 30  # data quality chart shows this many latest loads
