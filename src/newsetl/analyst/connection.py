"""The analyst side opens the warehouse read-only, never reaching the network for extensions."""

from __future__ import annotations

from pathlib import Path

import duckdb

from newsetl.warehouse import connect


def open_read_only(path: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse at ``path`` (one clear error if it cannot be)."""
    con = connect(path, read_only=True)
    forbid_extension_downloads(con)
    return con


def forbid_extension_downloads(con: duckdb.DuckDBPyConnection) -> None:
    # DuckDB otherwise tries to download an extension (e.g. fts) the moment a query needs
    # one that is not loaded; extensions come from the locked packages instead.
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
