"""The CAMEO codebook: which event codes exist and which root each belongs to."""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

PACKAGED_CODEBOOK = ("newsetl.nlp", "cameo-codes.csv")


class CodebookMissing(RuntimeError):
    """No CAMEO codebook could be read; the message says where it was looked for."""


@dataclass(frozen=True)
class Codebook:
    codes: frozenset[str]  # every code, two to four digits, leading zeros kept
    roots: frozenset[str]  # the two-digit root codes


def load_codebook(path: Path | None = None) -> Codebook:
    """The codebook at ``path``, else the copy packaged with ``newsetl.nlp``."""
    return _parse(_codebook_text(path))


@functools.lru_cache(maxsize=4)
def _parse(text: str) -> Codebook:
    codes = frozenset(
        row["code"].strip() for row in csv.DictReader(io.StringIO(text)) if row.get("code")
    )
    if not codes:
        raise CodebookMissing("the CAMEO codebook has no codes (expected a 'code' column)")
    return Codebook(codes=codes, roots=frozenset(code for code in codes if len(code) == 2))


def _codebook_text(path: Path | None) -> str:
    if path is not None:
        try:
            return Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise CodebookMissing(f"cannot read the CAMEO codebook {path}: {error}") from error
    package, name = PACKAGED_CODEBOOK
    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError) as error:
        raise CodebookMissing(
            f"no CAMEO codebook: {name} is not packaged in {package} and no path was set"
        ) from error
