"""The generation pipeline, one direction only:

    spec file -> loader -> builder (intermediate model) -> render -> format

It returns the files as text; writing them (or diffing them) is the caller's
choice, so ``--check`` and the golden tests share exactly this code path.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

from . import builder, ir, loader, naming, render, swagger2, targets
from .errors import SpecError, TargetError
from .formatting import FormatError, format_files

DEFAULT_OPTIONS: dict[str, Any] = {
    "package_version": "0.1.0",
    "default_headers": {},
    "token_env": "",
    "netrc": False,  # reading ~/.netrc is an API's own convention (Heroku's), never assumed
}


@dataclass(frozen=True)
class Result:
    api: ir.Api
    files: dict[str, str]
    seconds: float
    locations: dict[str, str]  # operation pointer -> where the generated code lives
    notices: tuple[str, ...] = ()  # warnings about the user's own files (not the document)

    def report(self, spec: str) -> dict[str, Any]:
        """The ``--report`` JSON: every operation, its status, and the warnings."""
        operations = [
            {
                "method": op.method,
                "path": op.path,
                "operationId": op.operation_id,
                "function": self.locations.get(op.pointer),
                "status": "degraded" if op.degraded else "generated",
                "reasons": list(op.degraded),
            }
            for op in self.api.operations
        ]
        degraded = sum(1 for op in operations if op["status"] == "degraded")
        return {
            "spec": spec,
            "summary": {
                "operations": len(operations),
                "generated": len(operations) - degraded,
                "degraded": degraded,
                "models": len(self.api.models),
                "enums": len(self.api.enums),
                "warnings": len(self.api.warnings),
                "seconds": round(self.seconds, 3),
            },
            "operations": operations,
            "warnings": [{"pointer": w.pointer, "message": w.message} for w in self.api.warnings],
        }


# Modules a package named after a document title must not hide.
SHADOWED_MODULES = frozenset(sys.stdlib_module_names) | {
    "requests", "urllib3", "certifi", "idna", "charset_normalizer", "setuptools", "pip", "pkg_resources",
}  # fmt: skip


def default_targets(config: dict[str, Any]) -> list[str]:
    """The config's ``targets`` list, so `make generate` and the golden test agree."""
    configured = config.get("targets")
    if isinstance(configured, list) and configured and all(isinstance(t, str) for t in configured):
        return list(configured)
    return ["python"]


def options_for(api: ir.Api, config: dict[str, Any], package: Optional[str]) -> dict[str, Any]:
    options = dict(DEFAULT_OPTIONS)
    options.update(config)
    requested = package or options.get("package")
    # A name the user chose is kept as written when it is already a valid
    # identifier (signl4 stays signl4); otherwise it is made one.
    if requested:
        options["package"] = naming.identifier(str(requested), "client")
    else:  # named after the title, which must not make it shadow a real module
        derived = naming.snake_ident(api.title, "client")
        options["package"] = derived + "_client" if derived in SHADOWED_MODULES else derived
    return options


def generate(
    spec: Path,
    target_names: list[str],
    package: Optional[str] = None,
    config: Optional[dict[str, Any]] = None,
    templates: Optional[Path] = None,
    workers: Optional[int] = None,
    full_black: bool = False,
) -> Result:
    """Generate every target; ``workers`` processes share validation and
    formatting (default: one per core for large documents, none for small).
    ``full_black`` runs black over every Python file, not only over the pieces
    the templates could not lay out in black's style themselves."""
    started = time.perf_counter()
    chosen = [targets.load(name, templates) for name in target_names]
    doc, converted = loader.as_openapi(str(spec), loader.read_document(spec))
    with loader.parsed_for_workers(spec, doc), _pool(spec, workers) as pool:
        validation = _start_validation(spec, doc, pool)
        try:
            api = builder.build(
                doc if "swagger" not in doc else swagger2.convert(doc), str(spec), converted
            )
            options = options_for(api, config or {}, package)
            # Formatting does not need the verdict, so it overlaps validation.
            files: dict[str, str] = {}
            read: set[str] = set()
            for target in chosen:
                rendered = render.render_target(target, api, options)
                read |= rendered.read
                try:
                    formatted = format_files(rendered.files, target.formatter, pool, full_black)
                except FormatError as exc:
                    raise _blame(exc, rendered.origins.get(exc.path)) from None
                files.update(formatted)
                files.update(rendered.copied)  # copied as they are: never formatted
        except Exception:
            validation()  # an invalid document explains a failure better than our traceback
            raise
        warnings = validation()
        api = dataclasses.replace(
            api, warnings=tuple(ir.Warning(p, m) for p, m in warnings) + api.warnings
        )
        locations: dict[str, str] = {}
        for target in chosen:
            if target.locate is not None:
                locations = {op.pointer: target.locate(api, op, options) for op in api.operations}
                break
    notices = tuple(unused_overrides(chosen, read))
    return Result(api, files, time.perf_counter() - started, locations, notices)


def _blame(exc: FormatError, template: Optional[str]) -> Exception:
    """A rendered file that is not valid Python: the user's mistake (a TargetError
    naming their template) when their override template produced it, else ours."""
    if template is None or targets.is_shipped(template):
        return exc
    return TargetError(f"{template}: renders invalid Python: {exc}")


def unused_overrides(chosen: list[targets.Target], read: set[str]) -> Iterator[str]:
    """Warnings for files of the user's override folders (folders without a
    target.yaml of their own) that no target read: most likely a misspelt
    template name, which would otherwise be silently ignored."""
    seen: set[Path] = set()
    for target in chosen:
        for folder in targets.user_folders(target):
            if folder in seen or (folder / "target.yaml").is_file():
                continue
            seen.add(folder)
            for path in sorted(folder.rglob("*")):
                relative = path.relative_to(folder)
                if not path.is_file() or relative.name in ("hooks.py", "target.yaml"):
                    continue
                if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
                    continue
                if _in_other_target(folder, relative):
                    continue
                if str(path.resolve()) not in read:
                    yield f"{path}: overrides no template of {_names(chosen)}; not used"


def _in_other_target(folder: Path, relative: Path) -> bool:
    """Whether the file lies in a subfolder that is a target of its own."""
    return any((folder / parent / "target.yaml").is_file() for parent in relative.parents)


def _names(chosen: list[targets.Target]) -> str:
    names = [t.name for t in chosen]
    return ("target " if len(names) == 1 else "targets ") + ", ".join(names)


# Documents smaller than this are generated in one process: forking workers
# would cost more than it saves.
PARALLEL_SPEC_BYTES = 400_000


@contextlib.contextmanager
def _pool(spec: Path, workers: Optional[int]) -> Iterator[Optional[Executor]]:
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or (workers is None and spec.stat().st_size < PARALLEL_SPEC_BYTES):
        yield None
        return
    with ProcessPoolExecutor(max_workers=count) as pool:
        yield pool


def _start_validation(
    spec: Path, doc: dict[str, Any], pool: Optional[Executor]
) -> Callable[[], list[tuple[str, str]]]:
    """Start validating; the returned function waits for the verdict and
    raises SpecError for an invalid document."""
    known = loader.cached_validation(spec)
    if known is not None:
        return lambda: known
    if pool is None:
        warnings = loader.validate_document(str(spec), doc)
        loader.cache_validation(spec, warnings)
        return lambda: warnings
    future = pool.submit(loader.validate_file, spec)

    def verdict() -> list[tuple[str, str]]:
        ok, value = future.result()
        if not ok:
            raise SpecError(*value)
        return list(value)

    return verdict
