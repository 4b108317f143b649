"""A real warehouse file with the migrations applied."""

from __future__ import annotations

import duckdb
import pytest

from newsetl.warehouse import migrate


@pytest.fixture
def con(tmp_path):
    connection = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    migrate(connection)
    yield connection
    connection.close()
