"""Python layout filters for the python target.

Every Python spelling (annotations, decoders, signatures, imports) comes from
the binding (``generator.binding``, the ``py`` template variable); these
filters only lay it out in black's style.  They compose identifiers that
came through ``generator.naming`` and literals made by
``generator.escaping.literal``; no document text is pasted raw.
"""

from __future__ import annotations

from typing import Any, Callable, Hashable, TypeVar, cast

from generator import ir
from generator.binding import Method
from generator.binding.methods import Arg, kwarg, qualified
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
        method.ident,
        _parameters(method, shadowed, is_async),
        qualified(returns, shadowed),
        coroutine,
    )


# A method's parameters per (method, shadowed builtins, async), built once for
# its classes (the sync and async ones differ only where an argument has an
# ``async_annotation``); the method is kept so its id stays its own.
# Bounded: a long-lived process (tests) generates many packages.
_PARAMETERS: dict[tuple[int, frozenset[str], bool], tuple[Method, list[Node]]] = {}
_MAX_PARAMETERS = 1 << 12


def _parameters(method: Method, shadowed: frozenset[str], is_async: bool = False) -> list[Node]:
    if is_async and not any(arg.async_annotation for arg in method.arguments):
        is_async = False  # the same parameters as the sync method's
    known = _PARAMETERS.get((id(method), shadowed, is_async))
    if known is not None and known[0] is method:
        return known[1]

    def annotation(arg: Arg) -> str:
        spelled = (arg.async_annotation if is_async else "") or arg.annotation
        return qualified(spelled, shadowed)

    parts: list[Node] = ["self"]
    parts += [Param(arg.ident, annotation(arg)) for arg in method.positional]
    if method.keyword:
        parts.append("*")
    for arg in method.keyword:
        parts.append(Param(arg.ident, annotation(arg), arg.default or ""))
    if len(_PARAMETERS) >= _MAX_PARAMETERS:
        _PARAMETERS.clear()
    _PARAMETERS[(id(method), shadowed, is_async)] = (method, parts)
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
    tag = _tags(api)[op.tag]
    verbs = tuple(sorted((options.get("method_verbs") or {}).items()))
    name = _method_names(tag, verbs)[op.ident]
    return f"{options['package']}.api.{tag.ident}:{tag.class_name}.{name}"


# The report locates every operation: each tag's names are computed once, not
# once per operation (ec2 has 1,188 operations in one tag).  Keyed by identity,
# holding the object so the identity cannot be reused while cached.
_CACHE: dict[tuple[int, Hashable], tuple[object, object]] = {}
T = TypeVar("T")


def _cached(owner: object, extra: Hashable, compute: Callable[[], T]) -> T:
    key = (id(owner), extra)
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not owner:
        if len(_CACHE) > 256:
            _CACHE.clear()
        hit = _CACHE[key] = (owner, compute())
    return cast(T, hit[1])


def _tags(api: ir.Api) -> dict[str, ir.Tag]:
    """The API's tags by name (the first of a name, as a search would find)."""
    return _cached(api, None, lambda: {t.name: t for t in reversed(api.tags)})


def _method_names(tag: ir.Tag, verbs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """The binding's method name of each operation of ``tag`` (the first of an ident)."""

    def compute() -> dict[str, str]:
        idents = [o.ident for o in tag.operations]
        names = method_names(list(idents), tag.ident, dict(verbs))
        return dict(reversed(list(zip(idents, names))))

    return _cached(tag, verbs, compute)


# Parts of methods rendered for the sync class, kept until the async class
# takes them; a part no second class takes stays until the bound clears it.
_ONCE: dict[tuple[int, str], tuple[Method, str]] = {}


def once(method: Method, part: str, render: Callable[[Method], str]) -> str:
    """``render(method)`` (a macro) without its final newline, rendered once
    for the sync and the async class: a part of the method that does not
    differ between them (Amazon EC2's one resource module has 1,188 methods
    in each class)."""
    key = (id(method), part)
    kept = _ONCE.pop(key, None)
    if kept is not None and kept[0] is method:
        return kept[1]
    text = str(render(method)).removesuffix("\n")
    if len(_ONCE) >= _MAX_PARAMETERS:
        _ONCE.clear()
    _ONCE[key] = (method, text)
    return text


FILTERS = {
    "once": once,
    "signature": signature,
    "mapping": mapping,
    "kwarg": kwarg,
    "import_line": import_line,
}
