"""The builder's memos (inline models, field lists and allOf parts, each built
once per pointer) change nothing but speed: the same types, the same degraded
operations, the same refusals; and a warning is listed once per pointer."""

from __future__ import annotations

from typing import Any

import pytest

from generator import ir
from generator.errors import SpecError
from generator.irbuild import build
from generator.irbuild.schemas import MAX_REF_NESTING, Schemas

from helpers import minimal_spec


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _op(op_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "operationId": op_id,
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": schema}}}
            },
        }
    }


def _wrapped(name: str, description: str) -> dict[str, Any]:
    """A property that allOf-merges a shared schema with an object part of its own
    (an annotation-only part would make it the shared schema's own type: see
    test_allof_wrappers.py), so it is an inline model, built once per pointer."""
    return {"allOf": [_ref(name), {"description": description, "properties": {}}]}


def test_a_shared_response_warns_once_but_every_operation_keeps_it() -> None:
    """Microsoft Graph's shared count response (text/plain with a schema) was
    warned about once per operation using it, some 1,500 times."""
    count = {
        "description": "count",
        "content": {"text/plain": {"schema": {"type": "object", "properties": {}}}},
    }
    paths = {
        f"/things{i}/$count": {
            "get": {
                "operationId": f"count{i}",
                "responses": {"200": {"$ref": "#/components/responses/Count"}},
            }
        }
        for i in range(3)
    }
    doc = minimal_spec(paths)
    doc["components"] = {"responses": {"Count": count}}
    api = build(doc)
    pointers = [w.pointer for w in api.warnings]
    assert pointers == ["/components/responses/Count/content/text~1plain"]
    assert len(api.operations) == 3


def test_a_shared_schemas_problem_still_degrades_each_operation_using_it() -> None:
    """An inline model built once is reused, but the warning its build raised
    is raised again for each operation, so each is still reported degraded;
    the list of warnings names it once."""
    schemas = {"Base": {"type": "object", "properties": {"odd": {"type": "bogus"}}}}
    paths = {f"/p{i}": _op(f"op{i}", _wrapped("Base", f"wrapper {i}")) for i in range(3)}
    api = build(minimal_spec(paths, schemas))
    assert [len(op.degraded) for op in api.operations] == [1, 1, 1]
    assert all("/components/schemas/Base/properties/odd" in op.degraded[0] for op in api.operations)
    odd = [w for w in api.warnings if w.pointer == "/components/schemas/Base/properties/odd"]
    assert len(odd) == 1


def test_fields_of_a_merged_schema_are_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Models that allOf-merge one schema share its field list instead of
    building it again, and still get the same fields (and one class per shape)."""
    built: list[tuple[str, ...]] = []
    new_fields = Schemas._new_fields

    def counting(self: Schemas, props: Any, *args: Any) -> tuple[ir.Field, ...]:
        built.append(tuple(name for name, _, _ in props))
        return new_fields(self, props, *args)

    monkeypatch.setattr(Schemas, "_new_fields", counting)
    schemas = {
        "Filter": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "values": {"type": "array"}},
            "required": ["name"],
        },
        **{
            f"Holder{i}": {
                "type": "object",
                "properties": {"filter": _wrapped("Filter", "the filter")},
            }
            for i in range(5)
        },
    }
    api = build(minimal_spec({"/h": _op("get", _ref("Holder0"))}, schemas))
    assert built.count(("name", "values")) == 1
    models = {m.name: m for m in api.models}
    holder_types = {models[f"Holder{i}"].fields[0].type for i in range(5)}
    assert len(holder_types) == 1  # one class for the wrapped shape, as before
    (wrapped,) = holder_types
    assert isinstance(wrapped, ir.ModelRef)
    assert models[wrapped.name].fields == models["Filter"].fields
    assert [f.required for f in models["Filter"].fields] == [True, False]


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_too_deep_allof_is_refused_whatever_order_parts_are_met(order: str) -> None:
    """A part met first near the top and later deeper than the limit is
    refused, as building it again there would refuse it."""
    n = MAX_REF_NESTING + 20
    names = [f"S{i}" for i in range(n)]
    schemas = {
        name: {"allOf": [_ref(names[i + 1])], "properties": {name.lower(): {"type": "string"}}}
        for i, name in enumerate(names[:-1])
    }
    schemas[names[-1]] = {"type": "object", "properties": {"last": {"type": "string"}}}
    if order == "reverse":
        schemas = dict(reversed(list(schemas.items())))
    with pytest.raises(SpecError, match="allOf nests more than"):
        build(minimal_spec({"/s": _op("get", _ref("S0"))}, schemas))
