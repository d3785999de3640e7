"""Precise types in the IR: literals, tuples, identical inline shapes built
once, and which models the binding gives a request (input) class."""

from __future__ import annotations

import time
from typing import Any

from generator import ir
from generator.binding import api as binding_api
from generator.binding.requests import input_names
from generator.irbuild import build

from helpers import minimal_spec


def _get(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "get": {
            "operationId": "get",
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": schema}}}
            },
            **extra,
        }
    }


def _object(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


def _field_types(api: ir.Api, model: str) -> dict[str, ir.Type]:
    found = next(m for m in api.models if m.name == model)
    return {f.name: f.type for f in found.fields}


def test_const_and_single_value_enums_are_literals() -> None:
    schema = _object(
        a={"const": "x"},
        b={"const": 3},
        c={"const": True},
        d={"type": "string", "enum": ["only"]},
        e={"type": ["string", "null"], "enum": ["only", None]},
        f={"const": 1.5},  # a float cannot be a Literal: typed by its value
        g={"type": "string", "enum": ["x", "y"]},  # a model's enum stays an Enum class
    )
    types = _field_types(build(minimal_spec({"/t": _get(schema)})), "GetResponse")
    assert types["a"] == ir.Literal(("x",))
    assert types["b"] == ir.Literal((3,))
    assert types["c"] == ir.Literal((True,))
    assert types["d"] == ir.Literal(("only",))
    assert types["e"] == ir.Nullable(ir.Literal(("only",)))
    assert types["f"] == ir.Primitive("float")
    assert types["g"] == ir.EnumRef("GetResponseG")


def test_prefix_items_are_tuples() -> None:
    schema = _object(
        exact={
            "type": "array",
            "prefixItems": [{"type": "integer"}, {"type": "string"}],
            "items": False,
            "minItems": 2,
        },
        short={"type": "array", "prefixItems": [{"type": "integer"}], "items": False},
        rest={"type": "array", "prefixItems": [{"type": "integer"}], "items": {"type": "string"}},
        capped={"type": "array", "prefixItems": [{"type": "integer"}], "maxItems": 1},
        old={"type": "array", "items": [{"type": "boolean"}], "additionalItems": False},
    )
    types = _field_types(build(minimal_spec({"/t": _get(schema)})), "GetResponse")
    int_, str_ = ir.Primitive("int"), ir.Primitive("str")
    assert types["exact"] == ir.TupleOf((int_, str_), None, 2)
    assert types["exact"].exact  # type: ignore[union-attr]
    assert types["short"] == ir.TupleOf((int_,), None, 0)
    assert not types["short"].exact  # type: ignore[union-attr]
    assert types["rest"] == ir.TupleOf((int_,), str_, 0)
    assert types["capped"] == ir.TupleOf((int_,), None, 0)
    assert types["old"] == ir.TupleOf((ir.Primitive("bool"),), None, 0)


def test_argument_enums_are_literals_unless_named_or_long() -> None:
    long = [f"v{i}" for i in range(17)]
    params = [
        {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
        {"name": "kind", "in": "query", "schema": {"$ref": "#/components/schemas/Kind"}},
        {"name": "many", "in": "query", "schema": {"type": "string", "enum": long}},
        {"name": "level", "in": "query", "schema": {"type": "integer", "enum": [1, 2]}},
    ]
    doc = minimal_spec(
        {"/t": _get({"type": "string"}, parameters=params)},
        {"Kind": {"type": "string", "enum": ["a", "b"]}},
    )
    op = build(doc).operations[0]
    types = {p.name: p.type for p in op.parameters}
    assert types["order"] == ir.Literal(("asc", "desc"))
    assert types["kind"] == ir.EnumRef("Kind")
    assert isinstance(types["many"], ir.EnumRef) and isinstance(types["level"], ir.EnumRef)


def test_identical_inline_shapes_are_one_class_named_after_the_first_place() -> None:
    place = _object(id={"type": "string", "format": "uuid"}, name={"type": "string"})
    described = {**place, "description": "A place."}
    schema = _object(
        region=place,
        space={**place, "nullable": True},
        stack=place,
        team=described,  # another description: another class
        owner=_object(id={"type": "string"}, name={"type": "string"}),  # no format: another
        status={"type": "string", "enum": ["a", "b"]},
        state={"type": "string", "enum": ["a", "b"]},
        nested_a=_object(inner=_object(x={"type": "integer"})),
        nested_b=_object(inner=_object(x={"type": "integer"})),
    )
    api = build(minimal_spec({"/t": _get(schema)}))
    types = _field_types(api, "GetResponse")
    assert types["region"] == types["stack"] == ir.ModelRef("GetResponseRegion")
    assert types["space"] == ir.Nullable(ir.ModelRef("GetResponseRegion"))
    assert types["team"] == ir.ModelRef("GetResponseTeam")
    assert types["owner"] == ir.ModelRef("GetResponseOwner")
    assert types["status"] == types["state"] == ir.EnumRef("GetResponseStatus")
    # Nested shapes dedupe first, so their owners are identical too.
    assert types["nested_a"] == types["nested_b"] == ir.ModelRef("GetResponseNestedA")
    assert [m.name for m in api.models] == [
        "GetResponseRegion",
        "GetResponseTeam",
        "GetResponseOwner",
        "GetResponseNestedAInner",
        "GetResponseNestedA",
        "GetResponse",
    ]
    assert [e.name for e in api.enums] == ["GetResponseStatus"]
    # The same document gives the same names (the key is structural, the order the document's).
    assert build(minimal_spec({"/t": _get(schema)})) == api


def test_dedupe_stays_linear_on_many_shapes() -> None:
    """A generous bound, not a timing: 4,000 inline objects (2,000 distinct)."""
    props = {f"p{i}": _object(**{f"f{i % 2000}": {"type": "integer"}}) for i in range(4000)}
    started = time.perf_counter()
    api = build(minimal_spec({"/t": _get(_object(**props))}))
    assert len(api.models) == 2001
    assert time.perf_counter() - started < 30


def _item_api(item: dict[str, Any], extra_schemas: dict[str, Any] | None = None) -> ir.Api:
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}
    paths = {
        "/items": {
            "post": {
                "operationId": "create",
                "requestBody": body,
                "responses": {"204": {"description": "ok"}},
            }
        }
    }
    return build(minimal_spec(paths, {"Item": item, **(extra_schemas or {})}))


def test_input_classes_only_where_the_request_shape_differs() -> None:
    same = _item_api(_object(name={"type": "string"}))
    assert input_names(same, {"Item"}) == {}
    read_only = _item_api(_object(id={"type": "string", "readOnly": True}))
    assert input_names(read_only, {"Item"}) == {"Item": "ItemInput"}
    required_write_only = {
        **_object(secret={"type": "string", "writeOnly": True}),
        "required": ["secret"],
    }
    assert input_names(_item_api(required_write_only), {"Item"}) == {"Item": "ItemInput"}
    optional_write_only = _object(secret={"type": "string", "writeOnly": True})
    assert input_names(_item_api(optional_write_only), {"Item"}) == {}
    nullable = _object(note={"type": ["string", "null"]})
    assert input_names(_item_api(nullable), {"Item"}) == {"Item": "ItemInput"}


def test_input_classes_spread_to_models_that_send_them_and_avoid_taken_names() -> None:
    item = _object(part={"$ref": "#/components/schemas/Part"}, x={"type": "string"})
    part = _object(id={"type": "string", "readOnly": True})
    unused = _object(id={"type": "string", "readOnly": True})  # never sent: no input class
    taken_by_doc = _object(y={"type": "string"})
    api = _item_api(item, {"Part": part, "Unused": unused, "ItemInput": taken_by_doc})
    taken = {"Item", "Part", "Unused", "ItemInput"}
    assert input_names(api, taken) == {"Item": "ItemInput2", "Part": "PartInput"}
    py = binding_api.build(api, {"package": "p"})
    assert list(py.models)[:4] == ["Part", "PartInput", "Item", "ItemInput2"]
    sent = py.models["ItemInput2"]
    assert sent.input_of == "Item"
    assert [f.annotation for f in sent.fields] == [
        "Union[PartInput, _rt.Unset]",
        "Union[str, _rt.Unset]",
    ]
    assert py.models["PartInput"].fields == ()  # its only field is read-only
    method = next(iter(py.methods.values()))
    assert method.argument("body", "application/json").annotation == "Union[ItemInput2, _rt.Unset]"
