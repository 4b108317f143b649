"""Great Expectations suites as code, one builder per warehouse table, and the gate.

``gate_batch`` validates a ``newsetl.models.Batch`` before it loads: rows that
pass go on, rows that fail go to quarantine with the names of the failed
expectations, and every expectation's outcome becomes a ``validation`` row.
Importing this package switches GX analytics off before GX is imported.
"""

from expectations.cameo import Codebook, CodebookMissing, load_codebook
from expectations.gate import GateResult, gate_batch
from expectations.results import ValidationRow
from expectations.settings import GateSettings

__all__ = [
    "Codebook",
    "CodebookMissing",
    "GateResult",
    "GateSettings",
    "ValidationRow",
    "gate_batch",
    "load_codebook",
]
