"""Turning arbitrary document text into safe, readable identifiers.

Every name that reaches generated code (functions, arguments, attributes,
classes, enum members, modules) passes through :func:`identifier`, so there is
exactly one place that decides what may appear unquoted in the output.  The
result only ever contains ``[A-Za-z0-9_]``, never starts with a digit and is
never a keyword, so no spec text can smuggle syntax into the code.
"""

from __future__ import annotations

import builtins
import functools
import keyword
import re
import unicodedata
from typing import Iterable

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_UNSAFE = re.compile(r"[^A-Za-z0-9_]")
_MAX_LENGTH = 80

# Names a generated module or class already uses for itself.
RESERVED = frozenset({"self", "cls", "headers", "timeout", "client"})
BUILTIN_NAMES = frozenset(dir(builtins))


def words(text: str) -> list[str]:
    """Split ``listApps``, ``app_id-or.name`` or ``HTTPServer2`` into words."""
    if not text.isascii():  # NFKD changes no ASCII text: most names skip it
        # Accents are dropped rather than whole letters: "été" -> "ete", not "t".
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _WORD.findall(text)


# The same texts come back again and again (a shared parameter's name in every
# operation, an enum's values in every copy of it), and splitting them into words
# is most of the cost of naming; the caches are bounded.
_CACHED = functools.lru_cache(maxsize=1 << 16)


@_CACHED
def snake(text: str) -> str:
    return "_".join(w.lower() for w in words(text))


@_CACHED
def pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(text))


@_CACHED
def upper(text: str) -> str:
    return "_".join(w.upper() for w in words(text))


def identifier(name: str, fallback: str = "value", avoid: Iterable[str] = ()) -> str:
    """Make ``name`` a valid, non-keyword Python identifier.

    ``avoid`` holds names that would shadow something the caller needs (for
    example builtins for function arguments); such names get a trailing ``_``.
    """
    name = _UNSAFE.sub("_", name)[:_MAX_LENGTH]
    if not name.strip("_"):
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}{name}" if _is_pascal(fallback) else f"{fallback}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in avoid:
        name += "_"
    return name


def snake_ident(text: str, fallback: str = "value", avoid: Iterable[str] = ()) -> str:
    if isinstance(avoid, (frozenset, tuple)):  # hashable: the usual reserved names
        return _snake_ident(text, fallback, avoid)
    return identifier(snake(text), fallback, avoid)


@_CACHED
def _snake_ident(text: str, fallback: str, avoid: Iterable[str]) -> str:
    return identifier(snake(text), fallback, avoid)


def pascal_ident(text: str, fallback: str = "Model") -> str:
    return identifier(pascal(text), fallback)


@_CACHED
def upper_ident(text: str, fallback: str = "VALUE") -> str:
    return identifier(upper(text), fallback)


class UniqueNames:
    """Hands out names, appending ``_2``, ``_3``... on collisions.

    Collisions are resolved in the order names are requested, and callers
    request them in document order, so the result is deterministic.
    Comparison can be case-insensitive for names that become file names.
    """

    def __init__(self, taken: Iterable[str] = (), case_sensitive: bool = True) -> None:
        self._case_sensitive = case_sensitive
        self._taken = set(taken) if case_sensitive else {n.lower() for n in taken}
        # Last suffix handed out per requested name: thousands of names that all
        # sanitize to the same identifier (hostile enum values, property names)
        # would otherwise rescan _2, _3... from the start each time (quadratic).
        # Names are never released, so every suffix below it is still taken.
        self._last_suffix: dict[str, int] = {}

    def _key(self, name: str) -> str:
        return name if self._case_sensitive else name.lower()

    def __contains__(self, name: str) -> bool:
        return self._key(name) in self._taken

    def claim(self, name: str) -> str:
        candidate, n = name, self._last_suffix.get(name, 1)
        if n > 1:
            candidate = self._suffixed(name, n)
        while self._key(candidate) in self._taken:
            n += 1
            candidate = self._suffixed(name, n)
        self._taken.add(self._key(candidate))
        self._last_suffix[name] = n
        return candidate

    @staticmethod
    def _suffixed(name: str, n: int) -> str:
        return f"{name}{n}" if _is_pascal(name) else f"{name}_{n}"


def _is_pascal(name: str) -> bool:
    return name[:1].isupper() and "_" not in name and not name.isupper()
