"""Post-processing rendered files: black for Python, nothing for the rest.

Black runs in-process (no subprocess per file).  Large outputs are spread
over worker processes, because black is the slowest step of generation and
files are independent of each other.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Optional

import black

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)
# Below this much Python text, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 400_000


class FormatError(Exception):
    """Black could not parse a rendered file: a bug in a template, not in the input."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: generated code does not parse: {reason}")
        self.path = path


# black.format_str formats twice when the input was not already formatted; the
# second pass only settles optional trailing commas, which our templates never
# leave ambiguous.  One pass gives identical output (checked on the whole
# development corpus; `make lint` and the golden test run black --check on the
# committed output) at half the cost, so use it when this black version has it.
_FORMAT_ONCE = getattr(black, "_format_str_once", None)


def format_python(source: str, path: str = "<generated>") -> str:
    try:
        if _FORMAT_ONCE is not None:
            return _FORMAT_ONCE(source, mode=MODE)  # type: ignore[no-any-return]
        return black.format_str(source, mode=MODE)
    except black.parsing.InvalidInput as exc:
        raise FormatError(path, str(exc).splitlines()[0]) from None


def _format_one(item: tuple[str, str]) -> tuple[str, str, Optional[str]]:
    path, source = item
    try:
        return path, format_python(source, path), None
    except FormatError as exc:
        return path, source, str(exc)


def format_files(
    files: dict[str, str], formatter: str, workers: Optional[int] = None
) -> dict[str, str]:
    if formatter != "black":
        return dict(files)
    python = {p: s for p, s in files.items() if p.endswith(".py")}
    result = dict(files)
    workers = workers or os.cpu_count() or 1
    size = sum(len(s) for s in python.values())
    if workers > 1 and len(python) > 1 and size > PARALLEL_THRESHOLD:
        # Largest first, so one huge module does not finish last on its own.
        items = sorted(python.items(), key=lambda kv: -len(kv[1]))
        with ProcessPoolExecutor(max_workers=min(workers, len(items))) as pool:
            outcomes = list(pool.map(_format_one, items, chunksize=1))
    else:
        outcomes = [_format_one(item) for item in python.items()]
    for path, text, error in outcomes:
        if error is not None:
            raise FormatError(path, error)
        result[path] = text
    return result
