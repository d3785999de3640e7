"""The generation pipeline, one direction only:

    spec file -> loader -> builder (intermediate model) -> render -> format

It returns the files as text; writing them (or diffing them) is the caller's
choice, so ``--check`` and the golden tests share exactly this code path.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

from . import builder  # noqa: F401  (``pipeline.builder``: the Python-named build, for callers)
from . import binding, ir, loader, render, swagger2, targets
from .irbuild import api as build_api
from .irbuild import conventions
from .errors import SpecError, TargetError
from .formatting import FormatError, format_files
from . import workers as _workers
from .workers import Pools
from .binding.reserved import PYTHON as PYTHON_RESERVED


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
                "pagination": _paging_entry(op.pagination),
            }
            for op in self.api.operations
        ]
        degraded = sum(1 for op in operations if op["status"] == "degraded")
        paged: dict[str, dict[str, int]] = {}
        for op in self.api.operations:
            if op.pagination is not None:
                counts = paged.setdefault(op.pagination.source, {})
                counts[op.pagination.strategy] = counts.get(op.pagination.strategy, 0) + 1
        return {
            "spec": spec,
            "summary": {
                "operations": len(operations),
                "generated": len(operations) - degraded,
                "degraded": degraded,
                "models": len(self.api.models),
                "enums": len(self.api.enums),
                "warnings": len(self.api.warnings),
                "paged": {source: dict(sorted(c.items())) for source, c in sorted(paged.items())},
                "seconds": round(self.seconds, 3),
            },
            "operations": operations,
            "warnings": [{"pointer": w.pointer, "message": w.message} for w in self.api.warnings],
        }


def _paging_entry(pagination: Optional[ir.Pagination]) -> Optional[dict[str, Any]]:
    """An operation's paging in the report: strategy, where it came from and why."""
    if pagination is None:
        return None
    return {
        "strategy": pagination.strategy,
        "source": pagination.source,
        "reason": pagination.reason,
    }


def default_targets(config: dict[str, Any]) -> list[str]:
    """The config's ``targets`` list, so `make generate` and the golden test agree."""
    configured = config.get("targets")
    if isinstance(configured, list) and configured and all(isinstance(t, str) for t in configured):
        return list(configured)
    return ["python"]


def options_for(api: ir.Api, config: dict[str, Any], package: Optional[str]) -> dict[str, Any]:
    """The generation options (see :func:`binding.package_options`)."""
    return binding.package_options(api, config, package)


def generate(
    spec: Path,
    target_names: list[str],
    package: Optional[str] = None,
    config: Optional[dict[str, Any]] = None,
    templates: Optional[Path] = None,
    workers: Optional[int] = None,
    full_black: bool = False,
    strict: Optional[bool] = None,
    pools: Optional[Pools] = None,
    validating: Optional["Future[tuple[bool, Any]]"] = None,
) -> Result:
    """Generate every target; ``workers`` processes share validation and
    formatting (default: one per core for large documents, none for small).
    ``full_black`` runs black over every Python file, not only over the pieces
    the templates could not lay out in black's style themselves.  ``strict``
    (default: the config's ``strict``) makes the first warning about the
    document a :class:`SpecError`: lenient by default, strict on request.
    ``pools``: worker pools the caller opened (the command line opens them
    first thing, see :mod:`generator.workers`); ``validating``: the validation
    the caller started in them (:func:`workers.start_validation`)."""
    started = time.perf_counter()
    chosen = [targets.load(name, templates) for name in target_names]
    doc, converted = loader.as_openapi(str(spec), loader.read_document(spec))
    opening = contextlib.nullcontext(pools) if pools is not None else _workers.pools(spec, workers)
    with opening as pools:
        if validating is not None:
            validation = _verdict(validating)  # started by the caller
        else:
            with loader.parsed_for_workers(spec, doc):  # a forked worker keeps its own copy
                validation = _start_validation(spec, doc, pools.validation if pools else None)
        try:
            # Every shipped target names things as the Python client does, so the
            # build reserves the Python runtime's names; the config picks the
            # convention detectors (paging).
            api = build_api.build(
                doc if "swagger" not in doc else swagger2.convert(doc),
                str(spec),
                converted,
                reserved=PYTHON_RESERVED,
                paging=conventions.paging_names(config or {}),
                paging_rules=(config or {}).get("pagination"),
                error_schema=(config or {}).get("error_schema"),
            )
            del doc  # the largest structure of the run, no longer needed: its memory is reused
            options = options_for(api, config or {}, package)
            py: Optional[binding.Binding] = binding.build(api, options)  # once, for every target
            # Formatting does not need the verdict, so it overlaps validation.
            files: dict[str, str] = {}
            read: set[str] = set()
            for target in chosen:
                rendered = render.render_target(target, api, options, py)
                if target is chosen[-1]:
                    py = None  # rendered: its memory goes to formatting
                read |= rendered.read
                try:
                    # Only what a user's templates or hooks rendered needs compiling.
                    verify = bool(targets.user_folders(target))
                    formatted = format_files(
                        rendered.files,
                        target.formatter,
                        pools.formatting if pools else None,
                        full_black,
                        verify,
                        consume=True,
                    )
                except FormatError as exc:
                    raise _blame(exc, rendered.origins.get(exc.path)) from None
                files.update(formatted)
                files.update(rendered.copied)  # copied as they are: never formatted
        except Exception:
            validation()  # an invalid document explains a failure better than our traceback
            raise
        warnings = validation()
        api = dataclasses.replace(
            api,
            warnings=tuple(ir.Warning(p, m) for p, m in warnings)
            + api.warnings
            + tuple(unrendered(api, chosen)),
        )
        if strict if strict is not None else (config or {}).get("strict") is True:
            refuse_warnings(str(spec), api.warnings)
        locations: dict[str, str] = {}
        for target in chosen:
            if target.locate is not None:
                locations = {op.pointer: target.locate(api, op, options) for op in api.operations}
                break
    notices = tuple(unused_overrides(chosen, read))
    return Result(api, files, time.perf_counter() - started, locations, notices)


def unrendered(api: ir.Api, chosen: list[targets.Target]) -> Iterator[ir.Warning]:
    """A warning for each webhook when no chosen target renders webhooks
    (``renders`` in its target.yaml): a client sends requests, it receives none."""
    if any("webhooks" in target.renders for target in chosen):
        return
    for hook in api.webhooks:
        kept = "only its payload type is generated" if hook.payload else "nothing is generated"
        yield ir.Warning(
            hook.pointer,
            f"webhook {hook.name!r} ({hook.method}) is a request the API sends, which a client "
            f"does not receive: {kept} (the markdown target documents webhooks)",
        )


def refuse_warnings(spec: str, warnings: tuple[ir.Warning, ...]) -> None:
    """Under ``--strict`` the first warning about the document is an error
    (one line, its pointer, exit 2)."""
    if warnings:
        first = warnings[0]
        more = f" (and {len(warnings) - 1} more warnings)" if len(warnings) > 1 else ""
        message = first.message.removeprefix("ignored: ")
        raise SpecError(spec, first.pointer, f"{message}; an error under --strict{more}")


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


def _start_validation(
    spec: Path, doc: dict[str, Any], pool: Optional[Executor]
) -> Callable[[], list[tuple[str, str]]]:
    """Start validating; the returned function waits for the verdict and
    raises SpecError for an invalid document.

    With a pool (large documents) it runs in a forked worker, overlapping the
    build.  Even now that validation itself is quick (generator/spec_walk.py:
    0.03-0.2 s on 2-5 MB documents), in this process it would put the
    validators' import (~0.2 s) and the walk on the critical path; the worker
    costs memory only when formatting needs no worker (kubernetes.io: ~40 MB
    of PSS)."""
    known = loader.cached_validation(spec)
    if known is not None:
        return lambda: known
    if pool is None:
        warnings = loader.validate_document(str(spec), doc)
        loader.cache_validation(spec, warnings)
        return lambda: warnings
    return _verdict(pool.submit(loader.validate_file, spec))


def _verdict(future: "Future[tuple[bool, Any]]") -> Callable[[], list[tuple[str, str]]]:
    """A function that waits for a worker's validation and raises SpecError
    for an invalid document."""

    def verdict() -> list[tuple[str, str]]:
        ok, value = future.result()
        if not ok:
            raise SpecError(*value)
        return list(value)

    return verdict
