"""Local ``$ref`` handling: finding broken references and following good ones.

References are followed lazily, on demand, and never copied into the
document, so recursive schemas cost nothing and a large document is not
duplicated in memory.  Schema ``$ref``s that name a component stay references
in the intermediate model (see :mod:`generator.builder`); everything else is
looked through with :meth:`Resolver.deref`.
"""

from __future__ import annotations

from typing import Any, Iterator
from urllib.parse import unquote, urldefrag

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


# Keywords whose value names another schema: JSON Schema's references
# (``$recursiveRef`` is draft 2019-09's ``$dynamicRef``).  Only ``$ref`` is
# followed by the generator; the others must at least stay in the document.
REFERENCE_KEYWORDS = ("$ref", "$dynamicRef", "$recursiveRef")
# Keywords whose value is a URI the validator could be led to look up.
URI_KEYWORDS = REFERENCE_KEYWORDS + ("$id", "id", "$schema")


def _walk_refs(
    node: Any, path: list[Any], keywords: tuple[str, ...] = ("$ref",)
) -> Iterator[tuple[list[Any], str, str]]:
    """(path, keyword, value) of every string-valued ``keywords`` entry, in document order."""
    if isinstance(node, dict):
        for keyword in keywords:
            ref = node.get(keyword)
            if isinstance(ref, str):
                yield path + [keyword], keyword, ref
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                yield from _walk_refs(value, path + [key], keywords)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, (dict, list)):
                yield from _walk_refs(value, path + [index], keywords)


def check_refs(name: str, doc: Any) -> dict[str, set[str]]:
    """Fail on the first reference that leaves the document (the generator never
    fetches or reads what a document points at) or ``$ref`` that points to
    nothing, naming where it is.  Returns :func:`reference_values`, for the
    caller's next checks."""
    found = reference_values(doc)
    if _all_local(doc, found):
        return found
    # Something is wrong: walk again in document order to name the first problem.
    for path, keyword, ref in _walk_refs(doc, [], REFERENCE_KEYWORDS):
        where = pointer_from_path(path)
        if not ref.startswith("#"):
            raise SpecError(name, where, external_message(ref))
        if keyword != "$ref":
            continue  # "#anchor" names a $dynamicAnchor, not a JSON pointer
        try:
            lookup(doc, ref)
        except (KeyError, ValueError):
            raise SpecError(name, where, f"$ref {ref!r} points to nothing") from None
    return found  # pragma: no cover - _all_local and the walk judge alike


# Keywords that name or move a schema's address (or its dynamic scope).
SCOPE_KEYWORDS = ("$id", "id", "$schema", "$anchor", "$dynamicAnchor", "$recursiveAnchor")
_SCANNED = frozenset(REFERENCE_KEYWORDS + SCOPE_KEYWORDS)


def reference_values(doc: Any) -> dict[str, set[str]]:
    """The string values of every reference and address keyword
    (``$ref``, ``$id``, ``$anchor``...) in the document, by keyword: one flat
    pass, no paths (finding where a bad one is costs a second walk, only then)."""
    found: dict[str, set[str]] = {}
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str):
                    if key in _SCANNED:
                        found.setdefault(key, set()).add(value)
                elif isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(value for value in node if isinstance(value, (dict, list)))
    return found


def _all_local(doc: Any, found: dict[str, set[str]]) -> bool:
    for keyword in REFERENCE_KEYWORDS:
        if not all(ref.startswith("#") for ref in found.get(keyword, ())):
            return False
    try:
        for ref in found.get("$ref", ()):
            lookup(doc, ref)
    except (KeyError, ValueError):
        return False
    return True


def external_message(ref: str) -> str:
    return f"external reference {ref!r} is not supported; bundle the document first"


def _without_fragment(uri: str) -> str:
    return urldefrag(uri).url


def pointer_of_uri(doc: Any, uri: str) -> str:
    """Where the document names ``uri`` (an address the validator was refused):
    the first reference-like keyword whose value is it, else the first ``$id``
    it lies under (a local ``#...`` reference made absolute by that ``$id``);
    "" when it cannot be told."""
    wanted = _without_fragment(uri)
    found = list(_walk_refs(doc, [], URI_KEYWORDS))
    for path, _, value in found:
        if value == uri or (wanted and _without_fragment(value) == wanted):
            return pointer_from_path(path)
    for path, keyword, value in found:
        base = _without_fragment(value)
        if keyword in ("$id", "id") and base and wanted.startswith(base):
            return pointer_from_path(path)
    return ""


class Resolver:
    """Follows local references in one document.

    Every reference is resolved once: a hostile document can chain thousands of
    ``$ref``s (S1 -> S2 -> ... -> S20000) and the builder asks about each link
    many times, so following the chain anew per question would be quadratic.
    The document must not change while a resolver is in use.
    """

    def __init__(self, doc: dict[str, Any], name: str = "<document>") -> None:
        self.doc = doc
        self.name = name
        # ref -> (final target, its pointer), or the problem message to raise.
        self._resolved: dict[str, tuple[Any, str] | str] = {}

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow ``$ref`` chains from ``node``; returns the target and its pointer."""
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node, pointer
        outcome = self._resolve(node["$ref"])
        if isinstance(outcome, str):
            raise SpecError(self.name, pointer, outcome)
        return outcome

    def _resolve(self, first: str) -> tuple[Any, str] | str:
        """Walk the chain from ``first`` until a known or final link, then remember
        the outcome for every link walked (each link is looked up once overall)."""
        chain: list[str] = []
        on_chain: set[str] = set()
        ref = first
        outcome: tuple[Any, str] | str
        while True:
            known = self._resolved.get(ref)
            if known is not None:
                outcome = known
                break
            if ref in on_chain:
                outcome = f"$ref cycle through {ref!r}"
                break
            chain.append(ref)
            on_chain.add(ref)
            try:
                target = lookup(self.doc, ref)
            except (KeyError, ValueError):
                outcome = f"$ref {ref!r} points to nothing"
                break
            if not (isinstance(target, dict) and isinstance(target.get("$ref"), str)):
                outcome = (target, ref[1:])
                break
            ref = target["$ref"]
        for link in chain:
            self._resolved[link] = outcome
        return outcome
