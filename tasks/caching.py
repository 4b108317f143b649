"""Result caching of the expensive pure stages, so a retried run resumes cheaply.

A cached task's key is built from what its body reads (``StageInputs``: the
stage names those parts itself, next to its body) plus the code that computes
the result (``CODE_VERSION``: the library's files, the task's module and
``CACHE_VERSION``). Run metadata (labels, fetch times, attempts) is left out,
so a retry that fetches the same page again still hits. Values are digested by
type, never pickled: a value with no stable digest is an error, which Prefect
logs before running the task uncached.

Results are pickled (zlib) into ``<warehouse dir>/.results`` (``beside_warehouse``):
they belong to that warehouse (NLP results depend on its entities), go away
with it, and never mix between warehouses or test runs. They are used for
``CACHE_EXPIRATION``; ``prune_results`` deletes the older files. Setting
``PREFECT_TASKS_REFRESH_CACHE=true`` recomputes and overwrites them.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import inspect
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from prefect import Task
from prefect.cache_policies import CachePolicy
from prefect.context import TaskRunContext
from prefect.serializers import CompressedSerializer

import newsetl
from newsetl.settings import Settings

# Bump when results change meaning while no file of the library or of the task
# module changes (a dependency's behaviour, a data file outside the package).
CACHE_VERSION = "1"
# Long enough to resume a run that failed on Friday night after the weekend.
CACHE_EXPIRATION = timedelta(days=7)
RESULTS_DIR_NAME = ".results"
# zlib: half the size of Prefect's default (base64) pickles, ~0.1 s per batch of 180 pages.
RESULT_SERIALIZER = CompressedSerializer(serializer="pickle", compressionlib="zlib")

# Exact types only: a subclass may carry state its repr does not show.
_LEAF_TYPES = frozenset({str, int, float, bool, type(None), datetime, date, timedelta})
LARGE_TEXT = 4096  # longer strings (pages, article text) enter a key as their SHA-256

KeyParts = Callable[[dict[str, Any]], Iterable[object]]


class UnstableDigest(TypeError):
    """A value has no digest that is the same in every process."""


@dataclass
class StageInputs(CachePolicy):
    """A key from the parts of a task's inputs that decide its result.

    ``parts`` receives the task's parameters and yields what the body reads,
    each digested by ``digest``; anything it does not yield is not in the key.
    """

    parts: KeyParts | None = None

    def compute_key(
        self,
        task_ctx: TaskRunContext,
        inputs: dict[str, Any],
        flow_parameters: dict[str, Any],
        **kwargs: Any,
    ) -> str | None:
        if self.parts is None:
            return None
        return digest(list(self.parts(inputs)))


@dataclass
class CodeVersion(CachePolicy):
    """A key from the code that computes a task's result: library, task module, version."""

    def compute_key(
        self,
        task_ctx: TaskRunContext,
        inputs: dict[str, Any],
        flow_parameters: dict[str, Any],
        **kwargs: Any,
    ) -> str | None:
        module_file = inspect.getsourcefile(task_ctx.task.fn)
        return digest([CACHE_VERSION, library_fingerprint(), file_fingerprint(module_file)])


CODE_VERSION = CodeVersion()


def stage_cache(parts: KeyParts) -> CachePolicy:
    """The cache policy of a stage whose inputs are read by ``parts``."""
    return StageInputs(parts=parts) + CODE_VERSION


def cached_stage_options() -> dict[str, Any]:
    """``@task`` options shared by the cached stages (the policy is each stage's own)."""
    return {
        "persist_result": True,
        "cache_expiration": CACHE_EXPIRATION,
        "result_serializer": RESULT_SERIALIZER,
        # A run has many batches: keep their results on disk, not in memory.
        "cache_result_in_memory": False,
    }


def results_dir(warehouse: Path | str) -> Path:
    return Path(warehouse).parent / RESULTS_DIR_NAME


def beside_warehouse(task: Task, settings: Settings) -> Task:
    """``task`` with its results persisted in the warehouse's ``.results`` folder."""
    return _with_storage(task, results_dir(settings.warehouse).resolve())


@functools.lru_cache(maxsize=64)
def _with_storage(task: Task, folder: Path) -> Task:
    # A Path is a local folder; a str would be read as the name of a saved block.
    return task.with_options(result_storage=folder)


def prune_results(warehouse: Path | str, older_than: timedelta = CACHE_EXPIRATION) -> int:
    """Delete cached results written more than ``older_than`` ago; returns how many."""
    folder = results_dir(warehouse)
    if not folder.is_dir():
        return 0
    cutoff = time.time() - older_than.total_seconds()
    pruned = 0
    for path in folder.iterdir():
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                pruned += 1
        except FileNotFoundError:  # another process pruned it first
            continue
    return pruned


def digest(value: object) -> str:
    """A digest of plain data: equal for equal values, in any process."""
    parts: list[str] = []
    _canonical(value, parts)
    # repr escapes control characters, so the separator never occurs inside a part.
    text = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(text, digest_size=20).hexdigest()


def _canonical(value: object, parts: list[str]) -> None:
    kind = type(value)
    if kind is str and len(value) > LARGE_TEXT:
        parts.append("sha256:" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest())
    elif kind in _LEAF_TYPES:
        parts.append(repr(value))
    elif kind is list or kind is tuple:
        parts.append(f"{kind.__name__}:{len(value)}")
        for item in value:
            _canonical(item, parts)
    elif kind is dict:
        parts.append(f"dict:{len(value)}")
        for key, item in sorted(value.items(), key=lambda pair: digest(pair[0])):
            _canonical(key, parts)
            _canonical(item, parts)
    elif (names := _field_names(kind)) is not None:
        parts.append(f"{kind.__module__}.{kind.__qualname__}")
        for name in names:
            parts.append(name)
            _canonical(getattr(value, name), parts)
    else:
        raise UnstableDigest(f"no stable cache digest for a {kind.__name__}")


@functools.cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(field.name for field in dataclasses.fields(kind))


@functools.cache
def library_fingerprint() -> str:
    """A digest of every file of the ``newsetl`` package (code and data)."""
    root = Path(newsetl.__file__).parent
    files = sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )
    return digest([(str(path.relative_to(root)), file_fingerprint(path)) for path in files])


@functools.cache
def file_fingerprint(path: Path | str | None) -> str:
    if path is None:
        return "no-source"
    return hashlib.blake2b(Path(path).read_bytes(), digest_size=20).hexdigest()
