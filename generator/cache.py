"""A small content-addressed cache for work that depends only on its input.

Formatting a chunk of code with black and validating a document are pure
functions of their input (and the tool's version), so their results can be
reused across runs: regenerating after a small spec change only re-formats
what changed.  Entries live under ``$OPENAPI_PYGEN_CACHE`` (or
``$XDG_CACHE_HOME/openapi-pygen``, or ``~/.cache/openapi-pygen``);
``OPENAPI_PYGEN_CACHE=off`` disables the cache.  A corrupt or unwritable
cache is ignored, never an error.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Optional


def directory() -> Optional[Path]:
    configured = os.environ.get("OPENAPI_PYGEN_CACHE")
    if configured is not None:
        return (
            None
            if configured.strip().lower() in ("", "0", "off", "no", "false")
            else Path(configured)
        )
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "openapi-pygen"


def key(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _path(root: Path, namespace: str, digest: str) -> Path:
    return root / namespace / digest[:2] / digest[2:]


def get(namespace: str, digest: str, root: Optional[Path] = None) -> Optional[str]:
    root = root or directory()
    if root is None:
        return None
    try:
        return _path(root, namespace, digest).read_text(encoding="utf-8", errors="surrogatepass")
    except (OSError, UnicodeDecodeError):
        return None


def put(namespace: str, digest: str, value: str, root: Optional[Path] = None) -> None:
    root = root or directory()
    if root is None:
        return
    path = _path(root, namespace, digest)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as handle:
            handle.write(value)
        os.replace(tmp, path)  # atomic: concurrent runs never see half an entry
    except OSError:
        pass
