"""The analyst's side of the warehouse: queries, stats, search, export and the HTML report.

Everything here reads the warehouse through a read-only connection, except
``refresh_search_index``, which the loader calls on its read-write connection.
"""

from newsetl.analyst.connection import open_read_only
from newsetl.analyst.export import ExportedTable, ExportError, export_warehouse
from newsetl.analyst.fts import IndexStatus, SearchError, index_status, refresh_search_index
from newsetl.analyst.query import OutputFormat, QueryError, QueryResult, run_query
from newsetl.analyst.search import Hit, search
from newsetl.analyst.settings import AnalystSettings
from newsetl.analyst.stats import WarehouseStats, warehouse_stats

__all__ = [
    "AnalystSettings",
    "ExportError",
    "ExportedTable",
    "Hit",
    "IndexStatus",
    "OutputFormat",
    "QueryError",
    "QueryResult",
    "SearchError",
    "WarehouseStats",
    "export_warehouse",
    "index_status",
    "open_read_only",
    "refresh_search_index",
    "run_query",
    "search",
    "warehouse_stats",
]
