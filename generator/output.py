"""Writing generated files, or comparing them with what is on disk.

The output directory is replaced as a whole: files are written to a sibling
temporary directory which is then renamed into place, so an interrupted or
failed run never leaves a half-written package behind.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from pathlib import Path


def write_tree(out: Path, files: dict[str, str]) -> None:
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for rel, text in sorted(files.items()):
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rename(out, old / "tree")
        os.rename(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# Written next to generated code by tools, never by the generator (the
# egg-info comes from `pip install -e generated`).
TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"})


def is_tool_output(parts: tuple[str, ...]) -> bool:
    return bool(TOOL_CACHES.intersection(parts)) or any(
        part.endswith(".egg-info") for part in parts
    )


def _on_disk(out: Path) -> dict[str, bytes]:
    if not out.is_dir():
        return {}
    found = {}
    for path in sorted(out.rglob("*")):
        if path.is_file() and not is_tool_output(path.relative_to(out).parts):
            found[path.relative_to(out).as_posix()] = path.read_bytes()
    return found


def diff_tree(out: Path, files: dict[str, str]) -> list[str]:
    """Unified diff lines from what is in ``out`` to what would be generated."""
    current = _on_disk(out)
    wanted = {rel: text.encode("utf-8") for rel, text in files.items()}
    lines: list[str] = []
    for rel in sorted(set(current) | set(wanted)):
        before, after = current.get(rel), wanted.get(rel)
        if before == after:
            continue
        old_text = (before or b"").decode("utf-8", "replace").splitlines(keepends=True)
        new_text = (after or b"").decode("utf-8", "replace").splitlines(keepends=True)
        lines.extend(
            difflib.unified_diff(
                old_text,
                new_text,
                fromfile=f"a/{rel}" if before is not None else "/dev/null",
                tofile=f"b/{rel}" if after is not None else "/dev/null",
            )
        )
    return lines
