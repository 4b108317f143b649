"""DuckDB's full-text search extension over article titles and texts.

The extension comes from the locked package ``duckdb-extension-fts`` (built for the
pinned DuckDB) and is loaded from its file: nothing is downloaded. The index is a
snapshot; ``refresh_search_index`` rebuilds it after a load when articles changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import duckdb

INDEX_SCHEMA = "fts_main_article"
# Which article version the index holds, kept inside the index's schema so that
# rebuilding the index (which drops the schema) drops it too.
INDEXED_TABLE = f"{INDEX_SCHEMA}.indexed_article"


class SearchError(ValueError):
    """Search cannot run; the message is one line for the user."""


@dataclass(frozen=True)
class IndexStatus:
    exists: bool
    articles: int  # articles in the warehouse
    stale: int  # articles added, changed or removed since the index was built

    @property
    def current(self) -> bool:
        return self.exists and self.stale == 0


def fts_extension_path() -> Path:
    """The fts extension file shipped by the ``duckdb-extension-fts`` package."""
    try:
        root = resources.files("duckdb_extension_fts")
    except ModuleNotFoundError as error:
        raise SearchError(
            "full-text search needs the duckdb-extension-fts package, which is not installed"
        ) from error
    path = Path(str(root / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"))
    if not path.is_file():
        raise SearchError(
            f"no fts extension for DuckDB {duckdb.__version__} in duckdb-extension-fts "
            "(the two packages must be pinned to the same version)"
        )
    return path


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    path = fts_extension_path()
    try:
        con.execute(f"LOAD '{path}'")
    except duckdb.Error as error:
        raise SearchError(f"cannot load the fts extension {path}: {error}") from error


def index_status(con: duckdb.DuckDBPyConnection) -> IndexStatus:
    articles = con.execute("SELECT count(*) FROM article").fetchone()[0]
    if not _index_exists(con):
        return IndexStatus(exists=False, articles=articles, stale=articles)
    stale = con.execute(
        f"""
        SELECT count(*) FROM (
            (SELECT article_id, content_hash FROM article
             EXCEPT SELECT article_id, content_hash FROM {INDEXED_TABLE})
            UNION ALL
            (SELECT article_id, content_hash FROM {INDEXED_TABLE}
             EXCEPT SELECT article_id, content_hash FROM article)
        )
        """
    ).fetchone()[0]
    return IndexStatus(exists=True, articles=articles, stale=stale)


def refresh_search_index(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> bool:
    """Rebuild the article index if articles changed since it was built (read-write ``con``).

    Returns whether it rebuilt. The loader calls it once a run has loaded its batches,
    outside any open transaction. DuckDB's fts cannot update an index, so a rebuild
    covers every article (about 10 s per 20,000 articles); an unchanged warehouse
    costs one cheap comparison.
    """
    load_fts(con)
    if not force and index_status(con).current:
        return False
    with _quiet_progress(con):
        _rebuild(con)
    return True


def _rebuild(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "PRAGMA create_fts_index('article', 'article_id', 'title', 'text', overwrite = 1)"
        )
        con.execute(f"CREATE TABLE {INDEXED_TABLE} AS SELECT article_id, content_hash FROM article")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


@contextmanager
def _quiet_progress(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """No DuckDB progress bar on the caller's console (a flow's log) while the index builds."""
    shown = con.execute("SELECT current_setting('enable_progress_bar')").fetchone()[0]
    con.execute("SET enable_progress_bar = false")
    try:
        yield
    finally:
        con.execute(f"SET enable_progress_bar = {'true' if shown else 'false'}")


def _index_exists(con: duckdb.DuckDBPyConnection) -> bool:
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
        [INDEX_SCHEMA, INDEXED_TABLE.split(".")[1]],
    ).fetchone()[0]
    return found > 0
