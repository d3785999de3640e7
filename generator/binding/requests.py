"""Which models need a separate request ("input") class, and its name.

A model's response class (its own name, ``Item``) decodes what the server
sends: readOnly fields are there, writeOnly ones are never required.  What a
caller sends is different when the model has

- a readOnly field (the server sets it: a request never carries it),
- a required writeOnly field (required when sent, absent when received),
- an optional nullable field (a request must tell "leave it alone" from
  "set it to null", as method arguments do with ``UNSET`` and ``None``),
- or a field whose model is itself different when sent.

Such a model, when a request can carry it (a body, a parameter or, through
its writable fields, another such model), gets an input class named
``<Name>Input`` (``ItemInput``; ``ItemInput2``... if the document already
uses the name), claimed in document order so the names are stable across
regenerations.  Every other model is one class for both directions.

The walk is linear: one pass collects the request roots, one BFS the
reachable models, one BFS over reverse references spreads "differs".
"""

from __future__ import annotations

from collections import deque
from typing import Iterable, Iterator

from generator import ir
from generator.naming import UniqueNames

INPUT_SUFFIX = "Input"


# Types that mention no model: most of a large API's (EC2: 24,000 of 27,000
# parameter and field types), skipped before a generator is made for them.
_LEAVES = (ir.Primitive, ir.Literal, ir.EnumRef)


def _model_refs(types: Iterable[ir.Type]) -> Iterator[str]:
    """Model names the ``types`` mention directly, in order."""
    for t in types:
        if not isinstance(t, _LEAVES):
            yield from _refs(t)


def _refs(t: ir.Type) -> Iterator[str]:
    """Model names ``t`` mentions directly (not through other models)."""
    if isinstance(t, ir.ModelRef):
        yield t.name
    elif isinstance(t, ir.ListOf):
        yield from _refs(t.item)
    elif isinstance(t, ir.MapOf):
        yield from _refs(t.value)
    elif isinstance(t, ir.Nullable):
        yield from _refs(t.inner)
    elif isinstance(t, ir.TupleOf):
        for item in t.items:
            yield from _refs(item)
        if t.rest is not None:
            yield from _refs(t.rest)
    elif isinstance(t, ir.UnionOf):
        for variant in t.variants:
            yield from _refs(variant)
        if t.discriminator is not None:
            yield from (name for _, name in t.discriminator.mapping)


def _request_types(api: ir.Api) -> Iterator[ir.Type]:
    for op in api.operations:
        for p in op.parameters:
            yield p.type
        if op.body is not None:
            if op.body.fields is not None:
                yield from (f.type for f in op.body.fields)
            else:
                yield op.body.type


def _writable(m: ir.Model) -> Iterable[ir.Type]:
    """The types a request copy of ``m`` sends."""
    for f in m.fields:
        if not f.read_only:
            yield f.type
    if m.additional is not None:
        yield m.additional


def _differs_itself(m: ir.Model) -> bool:
    return any(
        f.read_only
        or (f.required and f.write_only)
        or (not f.required and isinstance(f.type, ir.Nullable))
        for f in m.fields
    )


def input_names(api: ir.Api, taken: Iterable[str]) -> dict[str, str]:
    """Model name -> its input class's name, for the models that need one."""
    models = {m.name: m for m in api.models}
    reachable: dict[str, None] = {}
    queue = deque(_model_refs(_request_types(api)))
    while queue:
        name = queue.popleft()
        if name in reachable or name not in models:
            continue
        reachable[name] = None
        queue.extend(_model_refs(_writable(models[name])))
    users: dict[str, list[str]] = {}  # model -> the reachable models whose writable fields use it
    for name in reachable:
        for ref in _model_refs(_writable(models[name])):
            users.setdefault(ref, []).append(name)
    differs = {name for name in reachable if _differs_itself(models[name])}
    spread = deque(differs)
    while spread:
        for user in users.get(spread.popleft(), ()):
            if user not in differs:
                differs.add(user)
                spread.append(user)
    names = UniqueNames(taken)
    return {m.name: names.claim(m.name + INPUT_SUFFIX) for m in api.models if m.name in differs}
