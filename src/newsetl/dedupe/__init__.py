"""Exact and near-duplicate detection: one article per story, across runs.

    text_hash(text) -> str                        # Article.content_hash
    DedupeIndex(con, settings).resolve(copies) -> list[Resolution]
    DedupeIndex(con, settings).persist(resolutions)  # inside the loader's transaction
    article_id_for(canonical_url, content_hash) -> str

See ``newsetl.dedupe.index`` for how copies are matched and
``newsetl.dedupe.merge`` for how a story's copies become one article row.
"""

from newsetl.dedupe.index import DedupeIndex, copy_url
from newsetl.dedupe.minhash import MinHasher
from newsetl.dedupe.records import Fingerprint, Representative, Resolution, Status, article_id_for
from newsetl.dedupe.settings import DedupeSettings
from newsetl.dedupe.store import DedupeSchemeMismatch
from newsetl.dedupe.text import text_hash, words

__all__ = [
    "DedupeIndex",
    "DedupeSchemeMismatch",
    "DedupeSettings",
    "Fingerprint",
    "MinHasher",
    "Representative",
    "Resolution",
    "Status",
    "article_id_for",
    "copy_url",
    "text_hash",
    "words",
]
