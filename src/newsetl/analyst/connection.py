"""The analyst side opens the warehouse read-only, never reaching the network for extensions."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

import duckdb

from newsetl.analyst.fts import SearchError, load_fts
from newsetl.warehouse import connect


def open_read_only(path: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse at ``path`` (one clear error if it cannot be).

    The fts extension is loaded when it is installed, so SQL can call
    ``fts_main_article.match_bm25`` directly.
    """
    con = connect(path, read_only=True)
    forbid_extension_downloads(con)
    # Long commands draw their own rich progress bars; DuckDB's would interleave with them.
    con.execute("SET enable_progress_bar = false")
    # Without it, search says why when asked; plain SQL does not need fts.
    with suppress(SearchError):
        load_fts(con)
    return con


def forbid_extension_downloads(con: duckdb.DuckDBPyConnection) -> None:
    # DuckDB otherwise tries to download an extension (e.g. fts) the moment a query needs
    # one that is not loaded; extensions come from the locked packages instead.
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
