"""A content-addressed archive of every fetched page, so nothing fetched is lost.

Pages are stored gzip-compressed under ``<root>/<2 hex>/<sha256>.html.gz``,
keyed by the SHA-256 of their UTF-8 text. Writes go to a temporary file and are
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

    def put(self, html: str) -> str:
        data = html.encode("utf-8", errors="replace")
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

    def get(self, key: str) -> str:
        return gzip.decompress(self._path(key).read_bytes()).decode("utf-8")

    def __contains__(self, key: str) -> bool:
        return self._path(key).exists()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.html.gz"
