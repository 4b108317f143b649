"""Data Docs: the GX site beside the warehouse, and the stored results it lists.

Validation results are kept as JSON under the settings' results folder so the
index shows recent batches of every run, not only this process's; the oldest
beyond ``keep_validation_results`` are pruned (GX then drops their pages).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from expectations.gx import ValidationResultsStore
from expectations.settings import GateSettings

logger = logging.getLogger(__name__)

SITE_NAME = "newsetl"
RESULTS_STORE = "newsetl_validation_results"


def site_config(docs_dir: Path, keep: int) -> dict[str, Any]:
    return {
        "class_name": "SiteBuilder",
        "show_how_to_buttons": False,
        "store_backend": {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": str(docs_dir),
        },
        "site_index_builder": {
            "class_name": "DefaultSiteIndexBuilder",
            "validation_results_limit": keep,
        },
        # No profiling here; skipping the section spares a pass over the stored results.
        "site_section_builders": {"profiling": "None"},
    }


def results_store_config(settings: GateSettings) -> dict[str, Any]:
    results_dir = settings.results_dir()
    backend: dict[str, Any] = (
        {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(results_dir)}
        if results_dir is not None
        else {"class_name": "InMemoryStoreBackend"}
    )
    return {
        "class_name": RememberingResultsStore.__name__,
        "module_name": __name__,
        "store_backend": backend,
    }


class RememberingResultsStore(ValidationResultsStore):
    """A results store that reads each stored result from disk once per process.

    Results never change once written, and the Data Docs index reads every kept
    one on each build: remembering them keeps a batch's docs build from growing
    with the number of results kept.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._remembered: dict[tuple, Any] = {}

    def get(self, key: Any) -> Any:
        remembered = self._remembered.get(_cache_key(key))
        if remembered is None:
            remembered = super().get(key)
            if remembered is not None:
                self._remembered[_cache_key(key)] = remembered
        return remembered

    def set(self, key: Any, value: Any, **kwargs: Any) -> Any:
        try:
            return super().set(key, value, **kwargs)
        except OSError as error:  # a full or read-only disk costs the docs, not the batch
            logger.warning("validation result not stored: %s", error)
            return None

    def remove_key(self, key: Any) -> Any:
        self._remembered.pop(_cache_key(key), None)
        return super().remove_key(key)


def _cache_key(key: Any) -> tuple:
    return key.to_tuple() if hasattr(key, "to_tuple") else (key,)


def prepare_folders(settings: GateSettings) -> None:
    """Create the docs and results folders; ``OSError`` if either cannot be written."""
    for folder in (settings.data_docs_dir, settings.results_dir()):
        if folder is None:
            continue
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            raise PermissionError(f"{folder} is not writable")


def prune_results(store: Any, keep: int) -> int:
    """Remove all but the newest ``keep`` stored validation results; returns how many went."""
    keys = store.list_keys()
    if len(keys) <= keep:
        return 0
    oldest_first = sorted(keys, key=lambda key: key.run_id.run_time)
    stale = oldest_first[: len(keys) - keep]
    for key in stale:
        store.remove_key(key)
    return len(stale)


def build_docs(context: Any, docs_dir: Path, identifiers: list[Any]) -> Path | None:
    """Render the pages of ``identifiers`` and the index; ``None`` (logged) if it fails."""
    try:
        context.build_data_docs(site_names=[SITE_NAME], resource_identifiers=identifiers)
    except Exception as error:  # docs are a report: a failure must not stop the load
        logger.warning("Data Docs were not built in %s: %s", docs_dir, error)
        return None
    index = docs_dir / "index.html"
    return index if index.exists() else None
