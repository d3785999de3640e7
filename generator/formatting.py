"""Post-processing rendered files: black for Python, nothing for the rest.

Black is by far the slowest step of generation, so it is fed small pieces:
templates put a chunk-break line (the ASCII record separator, which the
escaping filters never let spec text produce) between top-level definitions.
Black formats top-level definitions independently, always separated by two
blank lines, so formatting chunk by chunk and joining them gives exactly the
bytes of formatting the whole file (the golden and corpus tests check this).
Chunks are formatted in parallel worker processes when there are many, and
remembered in a content-addressed cache, so a regeneration after a small
spec change re-formats only what changed.
"""

from __future__ import annotations

from concurrent.futures import Executor
from typing import Optional

import black

from . import cache

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)
CHUNK_BREAK = "\x1e"
_BREAK_LINE = "\n" + CHUNK_BREAK + "\n"
_CACHE_NAMESPACE = "black-" + cache.key(black.__version__, repr(MODE))[:16]
# Below this much unformatted text, handing work to other processes costs more than it saves.
PARALLEL_THRESHOLD = 200_000

# black.format_str formats twice when the input was not already formatted; the
# second pass only settles optional trailing commas, which our templates never
# leave ambiguous.  One pass gives identical output (checked on the whole
# development corpus; `make lint` and the golden test run black --check on the
# committed output) at half the cost, so use it when this black version has it.
_FORMAT_ONCE = getattr(black, "_format_str_once", None)


class FormatError(Exception):
    """Black could not parse a rendered file: a bug in a template, not in the input."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: generated code does not parse: {reason}")
        self.path = path


def format_python(source: str) -> str:
    if _FORMAT_ONCE is not None:
        return _FORMAT_ONCE(source, mode=MODE)  # type: ignore[no-any-return]
    return black.format_str(source, mode=MODE)


def split_chunks(source: str) -> list[str]:
    parts = source.split(_BREAK_LINE)
    chunks = [parts[0]] + [p.lstrip("\n") for p in parts[1:]]
    return [c for c in chunks if c.strip()]


def join_chunks(chunks: list[str]) -> str:
    return chunks[0] + "".join("\n\n" + c for c in chunks[1:]) if chunks else ""


def strip_breaks(source: str) -> str:
    return source.replace(_BREAK_LINE, "\n")


def _format_batch(chunks: list[str]) -> list[tuple[str, Optional[str]]]:
    """(formatted text, error) per chunk; runs in worker processes too."""
    results: list[tuple[str, Optional[str]]] = []
    for chunk in chunks:
        try:
            results.append((format_python(chunk), None))
        except black.parsing.InvalidInput as exc:
            results.append((chunk, str(exc).splitlines()[0]))
    return results


def format_files(
    files: dict[str, str], formatter: str, pool: Optional[Executor] = None
) -> dict[str, str]:
    if formatter != "black":
        return {path: strip_breaks(text) for path, text in files.items()}
    result = dict(files)
    chunks_of = {path: split_chunks(text) for path, text in files.items() if path.endswith(".py")}
    formatted: dict[str, str] = {}
    todo: dict[str, None] = {}  # ordered set
    for chunks in chunks_of.values():
        for chunk in chunks:
            if chunk not in formatted and chunk not in todo:
                hit = cache.get(_CACHE_NAMESPACE, cache.key(chunk))
                if hit is not None:
                    formatted[chunk] = hit
                else:
                    todo[chunk] = None
    for chunk, (text, error) in zip(todo, _run(list(todo), pool)):
        if error is not None:
            path = next(p for p, chunks in chunks_of.items() if chunk in chunks)
            raise FormatError(path, error)
        formatted[chunk] = text
        cache.put(_CACHE_NAMESPACE, cache.key(chunk), text)
    for path, chunks in chunks_of.items():
        result[path] = join_chunks([formatted[c] for c in chunks])
    return result


def _run(chunks: list[str], pool: Optional[Executor]) -> list[tuple[str, Optional[str]]]:
    if pool is None or sum(len(c) for c in chunks) < PARALLEL_THRESHOLD:
        return _format_batch(chunks)
    # Batches of similar total size, largest chunks spread first, results in input order.
    order = sorted(range(len(chunks)), key=lambda i: -len(chunks[i]))
    batches: list[list[int]] = [[] for _ in range(max(1, min(64, len(chunks) // 8)))]
    sizes = [0] * len(batches)
    for index in order:
        smallest = sizes.index(min(sizes))
        batches[smallest].append(index)
        sizes[smallest] += len(chunks[index])
    results: list[tuple[str, Optional[str]]] = [("", None)] * len(chunks)
    futures = [
        (batch, pool.submit(_format_batch, [chunks[i] for i in batch]))
        for batch in batches
        if batch
    ]
    for batch, future in futures:
        for index, outcome in zip(batch, future.result()):
            results[index] = outcome
    return results
