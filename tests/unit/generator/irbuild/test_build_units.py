"""The build's concern modules (generator/irbuild/) tested directly on small
hand-written fragments: allOf merging (schemas), body flattening (bodies),
response naming (responses), the degraded path (operations) and the reserved
names the caller passes in (reserved)."""

from __future__ import annotations

from typing import Any

import pytest

from generator import ir
from generator.irbuild import NONE, Builder, ReservedNames, build
from generator.irbuild.bodies import Bodies, flattenable
from generator.irbuild.common import json_or_first
from generator.irbuild.context import Context
from generator.irbuild.responses import Responses, type_suffix
from generator.irbuild.schemas import Schemas
from generator.errors import SpecError
from generator.naming import UniqueNames
from generator.binding.reserved import PYTHON

from helpers import minimal_spec

REF = "#/components/schemas/"


def schemas_of(components: dict[str, Any], reserved: ReservedNames = NONE) -> Schemas:
    schemas = Schemas(Context(minimal_spec(schemas=components), "t.yaml", (), reserved))
    schemas.build_components()
    return schemas


def model(schemas: Schemas, name: str) -> ir.Model:
    found = schemas.model_named(name)
    assert found is not None, name
    return found


# ---------------------------------------------------------------- schemas: allOf


def test_allof_merges_parts_in_order_later_properties_win() -> None:
    schemas = schemas_of(
        {
            "Base": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "size": {"type": "string"}},
                "additionalProperties": {"type": "integer"},
            },
            "Big": {
                "allOf": [
                    {"$ref": REF + "Base"},
                    {"properties": {"size": {"type": "integer"}}, "required": ["size"]},
                ],
                "properties": {"extra": {"type": "boolean"}},
            },
        }
    )
    big = model(schemas, "Big")
    assert [(f.name, f.type, f.required) for f in big.fields] == [
        ("id", ir.Primitive("str"), True),
        ("size", ir.Primitive("int"), True),
        ("extra", ir.Primitive("bool"), False),
    ]
    assert big.additional == ir.Primitive("int")  # inherited from the part that declares it
    assert schemas.by_pointer["/components/schemas/Big"] == ir.ModelRef("Big")


def test_an_inline_allof_of_one_schema_is_that_schema() -> None:
    holder = {"type": "object", "properties": {"id": {"allOf": [{"$ref": REF + "Id"}]}}}
    schemas = schemas_of({"Id": {"type": "string"}, "Holder": holder})
    assert [f.type for f in model(schemas, "Holder").fields] == [ir.Primitive("str")]


def test_allof_in_a_cycle_is_refused_with_its_pointer() -> None:
    with pytest.raises(SpecError) as error:
        schemas_of({"A": {"allOf": [{"$ref": REF + "A"}]}})
    assert error.value.pointer.startswith("/components/schemas/A")


# ---------------------------------------------------------------- bodies: flattening


def body_of(media_type: str, schema: Any, params: tuple[str, ...] = ()) -> ir.RequestBody:
    components = {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}
    ctx = Context(minimal_spec(schemas=components), "t.yaml", (), NONE)
    schemas = Schemas(ctx)
    schemas.build_components()
    arguments = UniqueNames()
    for name in params:
        arguments.claim(name)
    raw = {"required": True, "content": {media_type: {"schema": schema}}}
    body = Bodies(ctx, schemas).request_body(raw, "/paths/~1p/post/requestBody", "Op", arguments)
    assert body is not None
    return body


INLINE = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "id": {"type": "string", "readOnly": True}},
}


def test_an_inline_json_object_is_flattened_into_writable_arguments() -> None:
    body = body_of("application/json", INLINE, params=("name",))
    assert body.fields is not None
    # read-only ``id`` is not sent; ``name`` is renamed past the parameter of that name
    assert [(f.name, f.ident) for f in body.fields] == [("name", "name_2")]
    assert (body.type, body.ident, body.required) == (ir.MapOf(ir.ANY), "body", True)


def test_a_referenced_json_model_is_one_body_argument() -> None:
    body = body_of("application/json", {"$ref": REF + "Pet"}, params=("body",))
    assert (body.fields, body.type, body.ident) == (None, ir.ModelRef("Pet"), "body_2")


def test_a_referenced_form_object_is_sent_field_by_field() -> None:
    body = body_of("application/x-www-form-urlencoded", {"$ref": REF + "Pet"})
    assert body.fields is not None and [f.name for f in body.fields] == ["name"]
    assert body.type == ir.ModelRef("Pet")


def test_binary_bodies_are_bytes() -> None:
    assert body_of("application/octet-stream", None).type == ir.Primitive("bytes")


@pytest.mark.parametrize(
    "schema, media_type, expected",
    [
        (INLINE, "application/json", True),
        (INLINE, "text/plain", False),
        ({**INLINE, "additionalProperties": True}, "application/json", False),
        ({"allOf": [INLINE], "properties": {"x": {}}}, "application/json", False),
        ({"$ref": REF + "Pet"}, "application/json", False),
    ],
)
def test_flattenable(schema: Any, media_type: str, expected: bool) -> None:
    assert flattenable(schema, media_type) is expected


# ---------------------------------------------------------------- responses


def test_response_type_names_say_where_they_came_from() -> None:
    assert [type_suffix(c, 1) for c in ("200", "404", "default")] == [
        "Response",
        "Error404",
        "ErrorDefault",
    ]
    assert type_suffix("201", 2) == "Response201"


def test_responses_are_typed_by_their_json_or_first_media_type() -> None:
    ctx = Context(minimal_spec(), "t.yaml", (), NONE)

    def obj(name: str) -> dict[str, Any]:  # distinct shapes (identical ones share a class)
        return {"type": "object", "properties": {name: {"type": "string"}}}

    raw = {
        "200": {"description": "ok", "content": {"application/json": {"schema": obj("a")}}},
        "201": {"description": "made", "content": {"application/json": {"schema": obj("b")}}},
        "202": {"description": "text", "content": {"text/plain": {"schema": obj("c")}}},
        "400": {"description": "bad", "content": {"application/json": {"schema": obj("d")}}},
        "204": {"description": "none"},
    }
    responses = Responses(ctx, Schemas(ctx)).responses(raw, "/paths/~1p/get/responses", "Op")
    assert [(r.status, r.type) for r in responses] == [
        ("200", ir.ModelRef("OpResponse200")),
        ("201", ir.ModelRef("OpResponse201")),
        ("202", ir.Primitive("str")),
        ("400", ir.ModelRef("OpError400")),
        ("204", None),
    ]


def test_a_json_media_type_with_a_schema_wins_over_one_with_examples_only() -> None:
    """Zuora: ``application/json`` with examples only, then the schema under
    ``application/json; charset=utf-8``; the first JSON type alone typed every
    reply of its 428 operations ``Any``."""
    ctx = Context(minimal_spec(), "t.yaml", (), NONE)
    schema = {"type": "object", "properties": {"id": {"type": "string"}}}
    content = {
        "application/json-seq": {"schema": {"type": "string"}},
        "application/json": {"examples": {"one": {"value": {"id": "1"}}}},
        "application/json; charset=utf-8": {"schema": schema},
    }
    assert json_or_first(content) == "application/json; charset=utf-8"
    raw = {"200": {"description": "ok", "content": content}}
    (response,) = Responses(ctx, Schemas(ctx)).responses(raw, "/paths/~1p/get/responses", "Op")
    assert response.type == ir.ModelRef("OpResponse")
    assert response.content_type == "application/json; charset=utf-8"
    del content["application/json; charset=utf-8"]
    assert json_or_first(content) == "application/json"  # no JSON type has a schema
    assert json_or_first({"text/xml": {}, "text/plain": {}}) == "text/xml"


# ---------------------------------------------------------------- operations: the degraded path


def pet_doc() -> dict[str, Any]:
    return minimal_spec(
        {
            "/pets/{petId}": {
                "post": {
                    "operationId": "updatePet",
                    "deprecated": True,
                    "parameters": [
                        {"name": "petId", "in": "path", "required": True, "schema": {}},
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                    ],
                    "requestBody": {"content": {"application/json": {"schema": INLINE}}},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        }
    )


def test_an_operation_we_fail_on_is_degraded_not_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(Bodies, "request_body", broken)
    api = build(pet_doc())
    (operation,) = api.operations
    # named once, as a typed operation would be (not ``update_pet_2``)
    assert (operation.operation_id, operation.ident) == ("updatePet", "update_pet")
    assert operation.parameters == (
        ir.Parameter("petId", "pet_id", "path", ir.Primitive("str"), True),
    )
    assert operation.body == ir.RequestBody("application/json", ir.ANY, False, "body")
    assert operation.responses == (ir.Response("200", "", "application/json", ir.ANY),)
    assert operation.deprecated and operation.pagination is None
    assert operation.degraded == ("/paths/~1pets~1{petId}/post: RuntimeError: boom",)
    assert [w.pointer for w in api.warnings] == ["/paths/~1pets~1{petId}/post"]


def test_a_typed_operation_is_not_degraded() -> None:
    (operation,) = build(pet_doc()).operations
    assert operation.degraded == () and [p.name for p in operation.parameters] == ["petId", "q"]


def test_a_spec_error_is_not_degraded_but_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def bad(*args: Any) -> None:
        raise SpecError("t.yaml", "/x", "broken")

    monkeypatch.setattr(Bodies, "request_body", bad)
    with pytest.raises(SpecError):
        build(pet_doc())


# ---------------------------------------------------------------- reserved names come from the caller


def reserved_doc() -> dict[str, Any]:
    color = {"type": "string", "enum": ["unknown", "red"]}
    shape = {"type": "object", "properties": {"to_dict": {"type": "string"}, "color": color}}
    op = {
        "operationId": "timeout",
        "tags": ["session"],
        "parameters": [{"name": "headers", "in": "query", "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok"}},
    }
    return minimal_spec({"/x": {"get": op}}, {"Client": shape})


def names(api: ir.Api) -> tuple[Any, ...]:
    (tag,) = api.tags
    (operation,) = tag.operations
    (client,) = [m for m in api.models if m.pointer == "/components/schemas/Client"]
    (enum,) = api.enums
    return (
        client.name,
        [f.ident for f in client.fields],
        tag.ident,
        operation.ident,
        [p.ident for p in operation.parameters],
        [m.ident for m in enum.members],
    )


def test_without_reserved_names_the_build_is_neutral() -> None:
    assert names(build(reserved_doc())) == (
        "Client",
        ["to_dict", "color"],
        "session",
        "timeout",
        ["headers"],
        ["UNKNOWN", "RED"],
    )


def test_the_python_reserved_names_are_avoided() -> None:
    assert names(build(reserved_doc(), reserved=PYTHON)) == (
        "Client2",
        ["to_dict_", "color"],
        "session_2",
        "timeout_",
        ["headers_2"],
        ["UNKNOWN_2", "RED"],
    )


def test_the_legacy_entry_point_is_the_python_named_build() -> None:
    from generator import builder

    assert builder.build(reserved_doc()) == build(reserved_doc(), reserved=PYTHON)
    assert isinstance(builder.Builder(reserved_doc()), Builder)
