"""Opening the warehouse file, with one clear error per way it can fail."""

from __future__ import annotations

from pathlib import Path

import duckdb


class WarehouseError(RuntimeError):
    """The warehouse cannot be used; the message is one line for the user."""


class WarehouseLocked(WarehouseError):
    """Another process holds the warehouse file open for writing."""


def connect(path: Path | str, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and for writing, create) the warehouse at ``path``.

    DuckDB lets one process open a file read-write, and while it does no other
    process can open it at all; that case becomes ``WarehouseLocked``.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseError(
            f"no warehouse at {path}: run `newsetl ingest` or `newsetl demo` first"
        )
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise WarehouseError(
                f"cannot create the warehouse folder {path.parent}: {error}"
            ) from error
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as error:
        message = str(error)
        if "lock" in message.lower():
            raise WarehouseLocked(
                f"warehouse {path} is in use by another process (a run or a `newsetl` command); "
                "wait for it to finish and try again"
            ) from error
        raise WarehouseError(f"cannot open warehouse {path}: {_first_line(message)}") from error
    except (duckdb.Error, OSError) as error:
        raise WarehouseError(f"cannot open warehouse {path}: {_first_line(str(error))}") from error


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "unknown error"
