"""Data Docs: the GX site beside the warehouse, and the stored results it lists.

Validation results are kept as JSON under the settings' results folder so the
index shows recent batches of every run, not only this process's; the oldest
beyond ``keep_validation_results`` are pruned (GX then drops their pages).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from expectations.settings import GateSettings

logger = logging.getLogger(__name__)

SITE_NAME = "newsetl"


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
    return {"class_name": "ValidationResultsStore", "store_backend": backend}


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
