"""Settings: precedence and paths every stage agrees on."""

from pathlib import Path

from newsetl.settings import load_settings


def test_a_relative_warehouse_is_anchored_to_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings(warehouse="data/news.duckdb")
    assert settings.warehouse == tmp_path / "data" / "news.duckdb"
    assert settings.data_docs_dir == tmp_path / "data" / "data_docs"


def test_environment_beats_default_and_a_flag_beats_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSETL_WAREHOUSE", str(tmp_path / "env.duckdb"))
    assert load_settings().warehouse == tmp_path / "env.duckdb"
    assert load_settings(warehouse=str(tmp_path / "flag.duckdb")).warehouse == Path(
        tmp_path / "flag.duckdb"
    )
