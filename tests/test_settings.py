"""Settings: precedence and paths every stage agrees on."""

from pathlib import Path

from newsetl.settings import load_settings
from newsetl.stage_settings import fetch_settings


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


def test_every_fetch_limit_can_be_set_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSETL_FETCH_READ_TIMEOUT_S", "3")
    monkeypatch.setenv("NEWSETL_FETCH_MAX_ATTEMPTS", "1")
    monkeypatch.setenv("NEWSETL_HOST_FAILURE_LIMIT", "0")
    monkeypatch.setenv("NEWSETL_MAX_DECODED_BYTES", "1000")
    fetch = fetch_settings(load_settings())
    assert (fetch.read_timeout_s, fetch.max_attempts) == (3.0, 1)
    assert (fetch.host_failure_limit, fetch.max_decoded_bytes) == (0, 1000)
