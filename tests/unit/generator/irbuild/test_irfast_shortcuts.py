"""The builder's shortcuts for large documents change nothing but speed: a
plain scalar schema is typed without the full walk only when no keyword could
make it something else, and the memos per property schema (allOf wrapper
cores, their annotations, a field's description/default/flags) give each
model the traits its own property says."""

from __future__ import annotations

from typing import Any

import pytest

from generator import ir
from generator.irbuild import build
from generator.irbuild.schemas import SCALAR_TYPES

from helpers import minimal_spec


def _components(schemas: dict[str, Any]) -> dict[str, Any]:
    doc = minimal_spec({})
    doc["components"] = {"schemas": schemas}
    return doc


def _field(api: ir.Api, model: str, name: str) -> ir.Field:
    found = next(m for m in api.models if m.name == model)
    return next(f for f in found.fields if f.name == name)


# One schema per keyword that makes a scalar ``type`` something other than that
# scalar: each must not be typed as the plain scalar.
SHAPED = {
    "enum": {"type": "string", "enum": ["a", "b"]},
    "const": {"type": "string", "const": "a"},
    "oneOf": {"type": "string", "oneOf": [{"type": "string"}, {"type": "integer"}]},
    "anyOf": {"type": "string", "anyOf": [{"type": "string"}, {"type": "integer"}]},
    "allOf": {"type": "string", "allOf": [{"$ref": "#/components/schemas/Num"}]},
    "prefixItems": {"type": "string", "prefixItems": [{"type": "integer"}]},
    "items": {"type": "string", "items": [{"type": "integer"}]},
}


@pytest.mark.parametrize("keyword", sorted(SHAPED))
def test_a_keyword_that_shapes_a_scalar_is_not_skipped(keyword: str) -> None:
    schemas = {
        "Num": {"type": "integer"},
        "Holder": {"type": "object", "properties": {"value": SHAPED[keyword]}},
    }
    api = build(_components(schemas))
    assert _field(api, "Holder", "value").type != ir.Primitive("str")


@pytest.mark.parametrize("kind", sorted(SCALAR_TYPES))
def test_plain_scalars_keep_their_type_format_and_nullability(kind: str) -> None:
    schemas = {
        "Holder": {
            "type": "object",
            "properties": {
                "plain": {"type": kind, "description": "d", "maxLength": 3},
                "stamped": {"type": kind, "format": "date-time"},
                "maybe": {"type": kind, "nullable": True},
            },
        }
    }
    api = build(_components(schemas))
    python = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}[kind]
    assert _field(api, "Holder", "plain").type == ir.Primitive(python)
    stamped = ir.Primitive("datetime", "date-time") if kind == "string" else ir.Primitive(python)
    assert _field(api, "Holder", "stamped").type == stamped
    assert _field(api, "Holder", "maybe").type == ir.Nullable(ir.Primitive(python))


def test_a_shared_property_schema_gives_every_model_its_own_traits() -> None:
    """The same wrapper object merged into two models (by allOf) and a different
    wrapper of the same core in a third: each field says what its own says."""
    shared = {
        "allOf": [{"$ref": "#/components/schemas/Text"}, {"description": "shared"}],
        "readOnly": True,
    }
    schemas = {
        "Text": {"type": "string", "description": "core", "default": "x", "writeOnly": True},
        "Base": {"type": "object", "properties": {"name": shared}},
        "One": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"a": {}}}]},
        "Two": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"b": {}}}]},
        "Three": {
            "type": "object",
            "properties": {
                "name": {
                    "allOf": [{"$ref": "#/components/schemas/Text"}, {"deprecated": True}],
                }
            },
        },
    }
    api = build(_components(schemas))
    for model in ("Base", "One", "Two"):
        field = _field(api, model, "name")
        assert (field.description, field.default, field.has_default) == ("shared", "x", True)
        assert (field.read_only, field.write_only, field.deprecated) == (True, False, False)
    third = _field(api, "Three", "name")
    assert (third.description, third.read_only, third.write_only) == ("core", False, True)
    assert third.deprecated and third.type == ir.Primitive("str")


def _shared_parameter_doc(schema: dict[str, Any]) -> dict[str, Any]:
    """Two paths of two methods each, all four operations sharing one $ref'd
    parameter and the second path's own path-level parameter."""
    responses = {"200": {"description": "ok"}}
    shared = {"$ref": "#/components/parameters/Mode"}

    def item(name: str) -> dict[str, Any]:
        return {
            "parameters": [shared],
            "get": {"operationId": f"get{name}", "responses": responses},
            "post": {"operationId": f"post{name}", "responses": responses},
        }

    doc = minimal_spec({"/one": item("One"), "/two": item("Two")})
    doc["components"] = {"parameters": {"Mode": {"name": "mode", "in": "query", "schema": schema}}}
    return doc


def test_a_shared_parameter_is_typed_alike_for_every_operation() -> None:
    values = [f"v{i}" for i in range(20)]  # too many for a Literal: an Enum class
    api = build(_shared_parameter_doc({"type": "string", "enum": values}))
    types = {p.type for op in api.operations for p in op.parameters if p.name == "mode"}
    assert len(api.operations) == 4 and len(types) == 1
    assert isinstance(next(iter(types)), ir.EnumRef) and len(api.enums) == 1


def test_a_shared_parameter_that_warns_degrades_every_operation() -> None:
    api = build(_shared_parameter_doc({"type": "strange"}))
    assert len(api.operations) == 4
    for op in api.operations:
        assert any("unknown type 'strange'" in line for line in op.degraded), op.operation_id
