"""Python layout filters for the python target.

Every Python spelling (annotations, decoders, signatures, imports) comes from
the binding (``generator.binding``, the ``py`` template variable); these
filters only lay it out in black's style.  They compose identifiers that
came through ``generator.naming`` and literals made by
``generator.escaping.literal``; no document text is pasted raw.
"""

from __future__ import annotations

import functools
from typing import Any

from generator import ir
from generator.binding import Method
from generator.binding.methods import kwarg, qualified
from generator.binding.naming import method_names
from generator.binding.types import mapping
from generator.pystyle import Group, Node, Param, define, fits


def signature(
    method: Method, shadowed: frozenset[str] = frozenset(), is_async: bool = False
) -> Group:
    """``def name(self, ...) -> Returns`` (the caller adds the colon); the
    builtins in ``shadowed`` (hidden by a method of the class) are qualified.
    ``is_async``: the AsyncClient's method (``async def`` unless it returns
    async pages), with the same parameters."""
    returns = method.async_returns if is_async else method.returns
    coroutine = is_async and method.is_coroutine
    return define(
        method.ident, _parameters(method, shadowed), qualified(returns, shadowed), coroutine
    )


# A method's parameters per (method, shadowed builtins), built once for its two
# classes (sync and async); the method is kept so its id stays its own.
# Bounded: a long-lived process (tests) generates many packages.
_PARAMETERS: dict[tuple[int, frozenset[str]], tuple[Method, list[Node]]] = {}
_MAX_PARAMETERS = 1 << 12


def _parameters(method: Method, shadowed: frozenset[str]) -> list[Node]:
    known = _PARAMETERS.get((id(method), shadowed))
    if known is not None and known[0] is method:
        return known[1]
    parts: list[Node] = ["self"]
    parts += [Param(arg.ident, qualified(arg.annotation, shadowed)) for arg in method.positional]
    if method.keyword:
        parts.append("*")
    for arg in method.keyword:
        parts.append(Param(arg.ident, qualified(arg.annotation, shadowed), arg.default or ""))
    if len(_PARAMETERS) >= _MAX_PARAMETERS:
        _PARAMETERS.clear()
    _PARAMETERS[(id(method), shadowed)] = (method, parts)
    return parts


def import_line(module: str, names: list[str], indent: int = 0) -> str:
    """``from module import a, b`` at ``indent`` (its first line unindented, for the
    template to place); exploded in parentheses when too long (black drops the
    parentheses of an import that fits)."""
    flat = f"from {module} import {', '.join(names)}"
    if fits(flat, indent):
        return flat
    pad = " " * indent
    items = "".join(f"{pad}    {name},\n" for name in names)
    return f"from {module} import (\n{items}{pad})"


def locate(api: ir.Api, op: ir.Operation, options: dict[str, Any]) -> str:
    """Import path of the method generated for ``op``: ``package.api.tag:Class.method``."""
    tag = next(t for t in api.tags if t.name == op.tag)
    idents = tuple(o.ident for o in tag.operations)
    verbs = tuple(sorted((options.get("method_verbs") or {}).items()))
    name = _method_names(idents, tag.ident, verbs)[idents.index(op.ident)]
    return f"{options['package']}.api.{tag.ident}:{tag.class_name}.{name}"


@functools.lru_cache(maxsize=64)
def _method_names(
    idents: tuple[str, ...], resource: str, verbs: tuple[tuple[str, str], ...]
) -> tuple[str, ...]:
    """The binding's method names of one tag, computed once per tag, not per operation."""
    return tuple(method_names(list(idents), resource, dict(verbs)))


FILTERS = {
    "signature": signature,
    "mapping": mapping,
    "kwarg": kwarg,
    "import_line": import_line,
}
