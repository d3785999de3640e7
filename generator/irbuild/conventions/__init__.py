"""Pluggable API conventions, chosen by the generator config.

How an operation gets its paging, first match wins:

1. a ``pagination`` rule of the config naming its operationId exactly;
2. a paging extension on the operation (``x-pagination``, our shape, or
   ``x-speakeasy-pagination`` / ``x-fern-pagination``; see :mod:`.strategies`);
3. a ``pagination`` rule whose glob pattern matches its operationId (a
   pattern skips operations its strategy does not fit, and non-GET ones);
4. the detectors ``paging: [...]`` lists, in order (default :data:`DEFAULTS`,
   all of them); ``paging: []`` turns this inference off.

Every module in this folder is imported here, so a new detector is a new file
with a :func:`register`-ed class; nothing else needs to change.
"""

from __future__ import annotations

import importlib
import pkgutil
import fnmatch
from typing import Any, Callable, Mapping, Optional, Sequence

from .base import REGISTRY, Candidate, Paging, PagingDetector, register
from .strategies import EXTENSIONS, RuleProblem, paging_of, rule_problem

__all__ = [
    "DEFAULTS",
    "REGISTRY",
    "Candidate",
    "Chooser",
    "Paging",
    "PagingDetector",
    "paging_detectors",
    "paging_names",
    "paging_problem",
    "pagination_problem",
    "register",
]

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

DEFAULTS: dict[str, tuple[str, ...]] = {
    "paging": ("range", "link", "cursor", "next_url", "offset", "page")
}


def paging_problem(value: Any) -> Optional[str]:
    """What is wrong with a config's ``paging`` value (``None``: nothing),
    phrased to follow "config key 'paging' must be"."""
    known = ", ".join(sorted(REGISTRY["paging"])) or "none"
    expected = f"a list of paging detector names (known: {known})"
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return expected
    unknown = [n for n in names if n not in REGISTRY["paging"]]
    if unknown:
        return f"{expected}; {unknown[0]!r} is not one"
    return None


def paging_names(config: Mapping[str, Any]) -> tuple[str, ...]:
    """The paging detectors a (validated) config chooses, or the defaults."""
    value = config.get("paging")
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(n) for n in value)
    return DEFAULTS["paging"]


def paging_detectors(names: Sequence[str] = DEFAULTS["paging"]) -> tuple[PagingDetector, ...]:
    """Instances of the named paging detectors, in order; an unknown name is a ValueError."""
    unknown = [n for n in names if n not in REGISTRY["paging"]]
    if unknown:
        raise ValueError(f"unknown paging detector {unknown[0]!r}")
    return tuple(REGISTRY["paging"][n]() for n in names)


def pagination_problem(value: Any) -> Optional[str]:
    """What is wrong with a config's ``pagination`` rules (None: nothing),
    phrased to follow "config key 'pagination' must be"."""
    expected = "a mapping of operationIds or glob patterns to paging rules (or false)"
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        return expected
    for pattern, rule in value.items():
        if rule is False:
            continue
        problem = rule_problem(rule)
        if problem is not None:
            return f"{expected}; the rule for {pattern!r} must be {problem}"
    return None


def _is_glob(pattern: str) -> bool:
    return any(c in pattern for c in "*?[")


Warn = Callable[[str, str], None]


class Chooser:
    """Chooses each operation's paging from the config, the document and the detectors."""

    def __init__(
        self,
        detectors: Sequence[str] = DEFAULTS["paging"],
        rules: Optional[Mapping[str, Any]] = None,
    ) -> None:
        self.detectors = paging_detectors(detectors)
        rules = dict(rules or {})
        self.exact = {k: v for k, v in rules.items() if not _is_glob(k)}
        self.globs = [(k, v) for k, v in rules.items() if _is_glob(k)]

    def choose(self, op: Candidate, warn: Warn) -> Optional[Paging]:
        """The paging of ``op`` (None: not paged); rules and extensions that
        do not fit it are warned about at its pointer, never silently dropped."""
        if op.operation_id in self.exact:
            rule = self.exact[op.operation_id]
            if rule is False:
                return None
            try:
                return paging_of(op, rule, "config", f"config rule {op.operation_id!r}")
            except RuleProblem as problem:
                warn(
                    op.pointer, f"config pagination rule {op.operation_id!r}: {problem}; not paged"
                )
                return None
        for key, translate in EXTENSIONS:
            if key in op.spec:
                try:
                    ext = translate(op.spec[key])
                    if ext is False:
                        return None
                    return paging_of(op, ext, key, f"{key} extension")  # type: ignore[arg-type]
                except RuleProblem as problem:
                    warn(f"{op.pointer}/{key}", f"{problem}; not paged")
                    return None
        for pattern, rule in self.globs:
            if fnmatch.fnmatchcase(op.operation_id, pattern) and op.method.upper() == "GET":
                if rule is False:
                    return None
                try:
                    return paging_of(op, rule, "config", f"config rule {pattern!r}")
                except RuleProblem:
                    continue  # a pattern covers many operations; this one does not fit
        for detector in self.detectors:
            found = detector.detect(op)
            if found is not None:
                return found
        return None
