"""The one place Great Expectations is imported, with analytics switched off first.

GX reads ``GX_ANALYTICS_ENABLED`` when it is imported, so it is forced off here,
in code, before the import; every context is also configured with
``analytics_enabled=False``. Nothing in the gate depends on the caller's
environment to stay offline.
"""

from __future__ import annotations

import os

os.environ["GX_ANALYTICS_ENABLED"] = "false"

import great_expectations as gx  # noqa: E402
import great_expectations.expectations as gxe  # noqa: E402
from great_expectations.core.run_identifier import RunIdentifier  # noqa: E402
from great_expectations.data_context.store import ValidationResultsStore  # noqa: E402
from great_expectations.data_context.types.base import (  # noqa: E402
    DataContextConfig,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)
from great_expectations.data_context.types.resource_identifiers import (  # noqa: E402
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)

__all__ = [
    "DataContextConfig",
    "ExpectationSuiteIdentifier",
    "InMemoryStoreBackendDefaults",
    "ProgressBarsConfig",
    "RunIdentifier",
    "ValidationResultIdentifier",
    "ValidationResultsStore",
    "gx",
    "gxe",
]
