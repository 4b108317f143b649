"""A content-addressed archive of every fetched body, so nothing fetched is lost.

Bodies are stored as received (after Content-Encoding), gzip-compressed under
``<root>/<2 hex>/<sha256>.gz``, keyed by the SHA-256 of the bytes, so a
reprocess can decode them again with a better charset guess. Writes go to a temporary file and are
renamed into place, so a crash never leaves a half-written page behind; the
same page is stored once however often it is fetched.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from pathlib import Path


class PageArchive:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def put(self, data: bytes) -> str:
        key = hashlib.sha256(data).hexdigest()
        path = self._path(key)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
                handle.write(gzip.compress(data, compresslevel=6))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(handle.name, path)
        return key

    def get(self, key: str) -> bytes:
        return gzip.decompress(self._path(key).read_bytes())

    def __contains__(self, key: str) -> bool:
        return self._path(key).exists()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.gz"
