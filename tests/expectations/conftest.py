"""Gate settings shared by the session.

GX is slow to import and its context is cached per settings, so every test
uses one of two settings objects: with Data Docs (in a session folder) or without.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gate_batches import CODEBOOK

from expectations import GateSettings


@pytest.fixture(scope="session")
def warehouse_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("warehouse")


@pytest.fixture(scope="session")
def docs_settings(warehouse_dir) -> GateSettings:
    return GateSettings(cameo_codebook=CODEBOOK, data_docs_dir=warehouse_dir / "data_docs")


@pytest.fixture(scope="session")
def settings() -> GateSettings:
    return GateSettings(cameo_codebook=CODEBOOK)
