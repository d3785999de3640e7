"""Local ``$ref`` handling: finding broken references and following good ones.

References are followed lazily, on demand, and never copied into the
document, so recursive schemas cost nothing and a large document is not
duplicated in memory.  Schema ``$ref``s that name a component stay references
in the intermediate model (see :mod:`generator.builder`); everything else is
looked through with :meth:`Resolver.deref`.
"""

from __future__ import annotations

from typing import Any, Iterator
from urllib.parse import unquote

from .errors import SpecError, pointer_from_path


def _decode_pointer(ref: str) -> list[str]:
    pointer = unquote(ref[1:])
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError("not a JSON pointer")
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


def lookup(doc: Any, ref: str) -> Any:
    """The node ``ref`` (``#/a/b``) points at; raises KeyError when there is none."""
    node = doc
    for part in _decode_pointer(ref):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(ref)
    return node


def _walk_refs(node: Any, path: list[Any]) -> Iterator[tuple[list[Any], str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield path + ["$ref"], ref
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                yield from _walk_refs(value, path + [key])
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, (dict, list)):
                yield from _walk_refs(value, path + [index])


def check_refs(name: str, doc: Any) -> None:
    """Fail on the first ``$ref`` that points to nothing, naming where it is."""
    for path, ref in _walk_refs(doc, []):
        where = pointer_from_path(path)
        if not ref.startswith("#"):
            raise SpecError(
                name,
                where,
                f"external reference {ref!r} is not supported; bundle the document first",
            )
        try:
            lookup(doc, ref)
        except (KeyError, ValueError):
            raise SpecError(name, where, f"$ref {ref!r} points to nothing") from None


class Resolver:
    """Follows local references in one document."""

    def __init__(self, doc: dict[str, Any], name: str = "<document>") -> None:
        self.doc = doc
        self.name = name

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow ``$ref`` chains from ``node``; returns the target and its pointer."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(self.name, pointer, f"$ref cycle through {ref!r}")
            seen.add(ref)
            try:
                node = lookup(self.doc, ref)
            except (KeyError, ValueError):
                raise SpecError(self.name, pointer, f"$ref {ref!r} points to nothing") from None
            pointer = ref[1:]
        return node, pointer
