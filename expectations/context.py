"""One GX context per process and settings: pandas datasource, one suite per table.

Creating the context, datasource, suites and validation definitions happens
once (``gate_context`` is cached); each batch then costs one validation per
table and an incremental Data Docs build.
"""

from __future__ import annotations

import functools
import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from expectations import docs
from expectations.frames import ROW_NUMBER
from expectations.gx import (
    DataContextConfig,
    ExpectationSuiteIdentifier,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
    RunIdentifier,
    ValidationResultIdentifier,
    gx,
)
from expectations.settings import GateSettings
from expectations.tables import TABLES, Table

DATASOURCE = "newsetl"

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SuiteRun:
    """One table's validation: GX's result and the key its Data Docs page is stored under."""

    table: Table
    result: Any  # ExpectationSuiteValidationResult
    identifier: Any  # ValidationResultIdentifier


class SuiteUnavailable(RuntimeError):
    """A table's suite could not be built, so its rows cannot be validated."""


class GateContext:
    def __init__(self, settings: GateSettings) -> None:
        self.settings = settings
        # GX contexts are not thread-safe; a task runner may gate batches in threads.
        self.lock = threading.Lock()
        self.context = gx.get_context(mode="ephemeral", project_config=context_config(settings))
        source = self.context.data_sources.add_pandas(DATASOURCE)
        self._definitions: dict[str, Any] = {}
        # A suite that cannot be built (say, no CAMEO codebook) fails its table's rows,
        # batch after batch, with this reason; the other tables are still validated.
        self._unbuilt: dict[str, Exception] = {}
        for table in TABLES:
            try:
                self._definitions[table.name] = self._register(source, table)
            except Exception as error:
                logger.error("the %s suite could not be built: %s", table.name, error)
                self._unbuilt[table.name] = error
        self._suite_pages_built = False

    def _register(self, source: Any, table: Table) -> Any:
        batch = source.add_dataframe_asset(table.name).add_batch_definition_whole_dataframe(
            table.name
        )
        suite = self.context.suites.add(
            gx.ExpectationSuite(name=table.name, expectations=table.build_suite(self.settings))
        )
        return self.context.validation_definitions.add(
            gx.ValidationDefinition(name=table.name, data=batch, suite=suite)
        )

    def validate(
        self,
        table: Table,
        frame: pd.DataFrame,
        *,
        run_name: str,
        run_time: datetime,
        parameters: dict[str, Any],
    ) -> SuiteRun:
        if table.name in self._unbuilt:
            raise SuiteUnavailable(
                f"the {table.name} suite could not be built: {self._unbuilt[table.name]}"
            )
        run_id = RunIdentifier(run_name=run_name, run_time=run_time)
        result = self._definitions[table.name].run(
            batch_parameters={"dataframe": frame},
            expectation_parameters=parameters,
            run_id=run_id,
            result_format={
                "result_format": "COMPLETE",
                "unexpected_index_column_names": [*table.key, ROW_NUMBER],
                "return_unexpected_index_query": False,
            },
        )
        identifier = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=table.name),
            run_id=run_id,
            batch_identifier=result.batch_id,
        )
        return SuiteRun(table, result, identifier)

    def publish(self, runs: list[SuiteRun]) -> Path | None:
        """Prune old results, then render these runs' pages and the index."""
        docs_dir = self.settings.data_docs_dir
        if docs_dir is None:
            return None
        docs.prune_results(
            self.context.validation_results_store, self.settings.keep_validation_results
        )
        identifiers = [run.identifier for run in runs]
        if not self._suite_pages_built:
            identifiers += self.context.expectations_store.list_keys()
        index = docs.build_docs(self.context, docs_dir, identifiers)
        self._suite_pages_built = self._suite_pages_built or index is not None
        return index


def context_config(settings: GateSettings) -> DataContextConfig:
    """Suites and definitions in memory (they are code); results and docs on disk."""
    defaults = InMemoryStoreBackendDefaults()
    # Under its own name: GX adds a plain in-memory store for any default store
    # class it does not find configured, which must not shadow this one.
    stores = {**defaults.stores, docs.RESULTS_STORE: docs.results_store_config(settings)}
    sites = {}
    if settings.data_docs_dir is not None:
        sites[docs.SITE_NAME] = docs.site_config(
            settings.data_docs_dir, settings.keep_validation_results
        )
    return DataContextConfig(
        store_backend_defaults=defaults,
        stores=stores,
        validation_results_store_name=docs.RESULTS_STORE,
        data_docs_sites=sites,
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
    )


@functools.lru_cache(maxsize=4)
def gate_context(settings: GateSettings) -> GateContext:
    """The process's context for ``settings``; without Data Docs if their folders are unusable."""
    try:
        docs.prepare_folders(settings)
    except OSError as error:
        logger.warning("validating without Data Docs: %s", error)
        settings = replace(settings, data_docs_dir=None, gx_project_dir=None)
    return GateContext(settings)
