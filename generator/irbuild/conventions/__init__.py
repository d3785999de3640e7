"""Pluggable API conventions, chosen by the generator config.

``paging: [range]`` in the ``--config`` file lists the paging detectors to run,
in order (the first that recognises an operation wins); ``paging: []`` turns
paging detection off.  Without the key, :data:`DEFAULTS` apply: ``range``,
which only fires where an operation declares a ``Range`` header and answers
with a list, so every API keeps the behaviour it had before detectors existed.

Every module in this folder is imported here, so a new detector is a new file
with a :func:`register`-ed class; nothing else needs to change.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any, Mapping, Optional, Sequence

from .base import REGISTRY, Paging, PagingDetector, register

__all__ = [
    "DEFAULTS",
    "REGISTRY",
    "Paging",
    "PagingDetector",
    "paging_detectors",
    "paging_names",
    "paging_problem",
    "register",
]

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

DEFAULTS: dict[str, tuple[str, ...]] = {"paging": ("range",)}


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
