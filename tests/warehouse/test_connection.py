import subprocess
import sys
import textwrap

import pytest

from newsetl.warehouse import WarehouseError, WarehouseLocked, connect, migrate
from newsetl.warehouse.migrations import migration_files


def test_migrations_apply_once_and_create_every_contract_table(tmp_path):
    with connect(tmp_path / "w.duckdb") as con:
        applied = migrate(con)
        assert applied == [version for version, _ in migration_files()]
        assert migrate(con) == []
        tables = {
            row[0]
            for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
    assert {
        "article",
        "article_url",
        "entity",
        "article_entity",
        "event",
        "event_mention",
        "fetch_log",
        "quarantine",
        "load",
    } <= tables


def test_a_failing_migration_rolls_back_and_is_not_recorded(tmp_path):
    root = tmp_path / "sql"
    (root / "migrations").mkdir(parents=True)
    (root / "migrations" / "001_ok.sql").write_text("CREATE TABLE a (x INTEGER);")
    (root / "migrations" / "002_bad.sql").write_text(
        "CREATE TABLE b (x INTEGER); SELECT * FROM nowhere;"
    )
    with connect(tmp_path / "w.duckdb") as con:
        with pytest.raises(Exception, match="nowhere"):
            migrate(con, root)
        assert con.execute("SELECT version FROM schema_migration").fetchall() == [(1,)]
        assert (
            con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'b'"
            ).fetchone()[0]
            == 0
        )


def test_a_warehouse_held_by_another_process_gives_one_clear_error(tmp_path):
    path = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import duckdb, sys, time
                con = duckdb.connect({str(path)!r})
                print("ready", flush=True)
                sys.stdin.readline()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(WarehouseLocked, match="in use by another process"):
            connect(path)
    finally:
        holder.communicate("done\n", timeout=10)


def test_a_file_that_is_not_a_warehouse_gives_one_clear_error(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("this is not a database")
    with pytest.raises(WarehouseError, match="cannot open warehouse"):
        connect(path)


def test_reading_a_missing_warehouse_says_how_to_make_one(tmp_path):
    with pytest.raises(WarehouseError, match="newsetl ingest"):
        connect(tmp_path / "missing.duckdb", read_only=True)
