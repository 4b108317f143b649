"""Parquet export: every table, hive-partitioned by month, readable by DuckDB again."""

import json

import duckdb
import pytest

from newsetl.analyst import ExportError, export_warehouse
from newsetl.analyst.stats import table_rows


def read_back(folder, table):
    return duckdb.sql(
        f"SELECT * FROM read_parquet('{folder / table}/**/*.parquet', hive_partitioning = true)"
    )


def test_every_table_is_written_and_reads_back_whole(con, tmp_path):
    exported = export_warehouse(con, tmp_path / "out")
    counts = table_rows(con)
    assert {item.table for item in exported} == set(counts)
    for table, rows in counts.items():
        assert read_back(tmp_path / "out", table).shape[0] == rows, table


def test_articles_and_their_links_are_partitioned_by_publication_month(con, tmp_path):
    export_warehouse(con, tmp_path / "out")
    for table in ("article", "article_entity", "article_url", "event_mention", "event"):
        folders = sorted(path.name for path in (tmp_path / "out" / table).iterdir())
        assert folders == ["month=2025-06", "month=2025-07", "month=undated"], table
    months = dict(
        read_back(tmp_path / "out", "article").aggregate("month, count(*)", "month").fetchall()
    )
    assert months == {"2025-06": 1, "2025-07": 5, "undated": 1}
    linked = read_back(tmp_path / "out", "article_entity").filter(
        "article_id = 'a-blinken-warning'"
    )
    assert {row[0] for row in linked.select("month").fetchall()} == {"2025-06"}


def test_tables_without_a_date_are_one_file(con, tmp_path):
    exported = {item.table: item for item in export_warehouse(con, tmp_path / "out")}
    assert exported["entity"].partition_by is None and exported["entity"].files == 1
    assert (tmp_path / "out" / "entity" / "entity.parquet").is_file()
    assert exported["fetch_log"].partition_by == "month"


def test_a_manifest_lists_what_was_written(con, tmp_path):
    export_warehouse(con, tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / "_newsetl_export.json").read_text())
    tables = {item["table"]: item for item in manifest["tables"]}
    assert tables["article"]["rows"] == 7 and tables["article"]["partition_by"] == "month"


def test_exporting_again_replaces_the_earlier_export(con, tmp_path):
    out = tmp_path / "out"
    export_warehouse(con, out)
    (out / "article" / "month=1999-01").mkdir()
    export_warehouse(con, out)
    assert not (out / "article" / "month=1999-01").exists()
    assert read_back(out, "article").shape[0] == 7


def test_a_folder_with_other_files_is_not_touched(con, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ExportError, match="not empty"):
        export_warehouse(con, tmp_path)
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


def test_an_empty_warehouse_exports_empty_files_with_their_columns(empty_con, tmp_path):
    export_warehouse(empty_con, tmp_path / "out")
    article = read_back(tmp_path / "out", "article")
    assert article.shape[0] == 0 and "title" in article.columns
