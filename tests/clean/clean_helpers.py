"""Helpers for the cleaning tests: the shared seed documents and our own excerpts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS_DIR = REPO / ".." / "shared" / "seeds"
DATA_DIR = Path(__file__).resolve().parent / "data"

_CURLY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"']?\s+(?=[\"'A-Z])")


def seed_path(prefix: str) -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS_DIR}")
    matches = sorted(SEEDS_DIR.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix} not found in {SEEDS_DIR}")
    return matches[0]


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


def data_text(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


def plain(text: str) -> str:
    """What an article line should read as after cleaning, written independently of
    the cleaner: straight quotes, no Markdown links or bold, single spaces."""
    text = _MD_LINK.sub(r"\1", text.translate(_CURLY)).replace("**", "")
    return " ".join(text.split())


def sentences(line: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_BREAK.split(plain(line)) if part.strip()]


def flat(text: str) -> str:
    return " ".join(text.split())
