"""Unit tests of loading, reference resolution and the intermediate model."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator import builder, ir, loader
from generator.errors import SpecError
from generator.refs import Resolver, check_refs, lookup
from helpers import SPEC, minimal_spec, write_spec


@pytest.fixture(scope="module")
def heroku() -> ir.Api:
    return builder.build(loader.load(SPEC)[0])


def _model(api: ir.Api, name: str) -> ir.Model:
    return next(m for m in api.models if m.name == name)


def _field(model: ir.Model, name: str) -> ir.Field:
    return next(f for f in model.fields if f.name == name)


def _op(api: ir.Api, operation_id: str) -> ir.Operation:
    return next(o for o in api.operations if o.operation_id == operation_id)


# ---------------------------------------------------------------- loading


def test_yaml_and_json_load_to_the_same_document(tmp_path: Path) -> None:
    doc = minimal_spec({"/a": {"get": {"responses": {"204": {"description": "none"}}}}})
    from_yaml = loader.load(write_spec(tmp_path / "a.yaml", doc))
    assert from_yaml == loader.load(write_spec(tmp_path / "a.json", doc))
    assert from_yaml == (doc, [])


def test_default_values_that_do_not_match_are_warnings_with_a_pointer(tmp_path: Path) -> None:
    doc = minimal_spec(
        schemas={
            "Flags": {
                "type": "object",
                "properties": {"on": {"type": "boolean", "default": "false"}},
            },
            "Codes": {"type": "string", "enum": ["A", "B", "A"]},
        },
        openapi="3.0.3",
    )
    loaded, warnings = loader.load(write_spec(tmp_path / "w.json", doc))
    pointers = sorted(pointer for pointer, _ in warnings)
    assert pointers == [
        "/components/schemas/Codes/enum",
        "/components/schemas/Flags/properties/on/default",
    ]
    api = builder.build(loaded, "w.json", warnings)
    assert len(api.warnings) == 2
    codes = next(e for e in api.enums if e.name == "Codes")
    assert [m.value for m in codes.members] == ["A", "B"]


def test_heroku_spec_loads_and_validates() -> None:
    doc, warnings = loader.load(SPEC)
    assert warnings == []
    assert doc["openapi"] == "3.1.0" and len(doc["paths"]) == 29


# ---------------------------------------------------------------- refs


def test_lookup_follows_escaped_pointers() -> None:
    doc = {"paths": {"/a/{b}": {"get": 1}}, "x~y": [10, 20]}
    assert lookup(doc, "#/paths/~1a~1{b}/get") == 1
    assert lookup(doc, "#/x~0y/1") == 20
    with pytest.raises(KeyError):
        lookup(doc, "#/paths/missing")


def test_check_refs_names_the_pointer_of_the_broken_ref() -> None:
    doc = {
        "components": {"schemas": {"A": {"properties": {"b": {"$ref": "#/components/schemas/B"}}}}}
    }
    with pytest.raises(SpecError) as caught:
        check_refs("spec.yaml", doc)
    assert caught.value.pointer == "/components/schemas/A/properties/b/$ref"


def test_external_refs_are_reported_not_followed() -> None:
    with pytest.raises(SpecError, match="external reference"):
        check_refs("s.yaml", {"a": {"$ref": "other.yaml#/x"}})


def test_resolver_follows_chains_and_detects_cycles() -> None:
    doc = {
        "a": {"$ref": "#/b"},
        "b": {"$ref": "#/c"},
        "c": {"type": "string"},
        "x": {"$ref": "#/y"},
        "y": {"$ref": "#/x"},
    }
    resolver = Resolver(doc, "s.yaml")
    assert resolver.deref({"$ref": "#/a"}, "/root") == ({"type": "string"}, "/c")
    with pytest.raises(SpecError, match="cycle"):
        resolver.deref({"$ref": "#/x"}, "/root")


# ---------------------------------------------------------------- the model of the Heroku API


def test_heroku_counts(heroku: ir.Api) -> None:
    assert len(heroku.operations) == 46  # the seed's 44 plus the two source endpoints
    assert [t.name for t in heroku.tags][:3] == ["Apps", "Dynos", "Config Vars"]
    assert {m.name for m in heroku.models} >= {
        "App",
        "Dyno",
        "Addon",
        "Domain",
        "Formation",
        "Release",
        "Build",
        "Pipeline",
        "PipelineCoupling",
        "Collaborator",
        "Account",
    }
    assert heroku.servers[0].url == "https://api.heroku.com"
    assert heroku.warnings == ()


def test_ir_is_frozen(heroku: ir.Api) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        heroku.title = "changed"  # type: ignore[misc]


def test_nested_objects_become_named_models(heroku: ir.Api) -> None:
    app = _model(heroku, "App")
    # build_stack, region, space, stack and team are one shape {id (uuid), name}:
    # one class, named after the place met first (App.build_stack).
    assert _field(app, "region").type == ir.ModelRef("AppBuildStack")
    assert [f.name for f in _model(heroku, "AppBuildStack").fields] == ["id", "name"]
    assert _field(app, "space").type == ir.Nullable(ir.ModelRef("AppBuildStack"))
    assert not any(m.name in ("AppRegion", "AppSpace") for m in heroku.models)
    assert _field(app, "created_at").type == ir.Primitive("datetime", "date-time")
    assert _field(app, "archived_at").type == ir.Nullable(ir.Primitive("datetime", "date-time"))
    assert _field(app, "repo_size").type == ir.Nullable(ir.Primitive("int"))
    assert not _field(app, "name").required


def test_enums_are_named_after_their_place(heroku: ir.Api) -> None:
    enums = {e.name: e for e in heroku.enums}
    assert [m.value for m in enums["DynoState"].members] == [
        "crashed",
        "down",
        "idle",
        "starting",
        "up",
    ]
    assert [m.ident for m in enums["ReleaseStatus"].members] == ["FAILED", "PENDING", "SUCCEEDED"]
    assert _field(_model(heroku, "Collaborator"), "role").type == ir.Nullable(
        ir.EnumRef("CollaboratorRole")
    )


def test_operations_carry_names_params_bodies_and_responses(heroku: ir.Api) -> None:
    create = _op(heroku, "createDyno")
    assert (create.ident, create.method, create.path, create.tag) == (
        "create_dyno",
        "POST",
        "/apps/{app_id_or_name}/dynos",
        "Dynos",
    )
    assert [p.ident for p in create.parameters] == ["app_id_or_name"]
    assert create.body is not None and create.body.fields is not None
    fields = {f.name: f for f in create.body.fields}
    assert fields["command"].required and not fields["attach"].required
    assert fields["env"].type == ir.MapOf(ir.Primitive("str"))
    assert fields["type"].type == ir.Literal(("run", "shield"))  # an argument's closed set
    assert [r.status for r in create.responses] == ["201"]
    assert create.responses[0].type == ir.ModelRef("Dyno")


def test_config_var_body_is_a_map_of_nullable_strings(heroku: ir.Api) -> None:
    update = _op(heroku, "updateConfigVars")
    assert update.body is not None and update.body.fields is None and update.body.required
    assert update.body.type == ir.MapOf(ir.Nullable(ir.Primitive("str")))


def test_range_lists_are_paginated(heroku: ir.Api) -> None:
    """Without the config only the lists declaring a Range header page (the
    config's rule pages every list: tests/unit/generator/irbuild/test_paging_sources.py)."""
    paginated = {o.operation_id for o in heroku.operations if o.pagination}
    assert paginated == {"listApps", "listReleases"}
    list_apps = _op(heroku, "listApps")
    assert list_apps.pagination == ir.Pagination(
        "range",
        ir.ModelRef("App"),
        param="Range",
        next_header="Next-Range",
        reason="header parameter Range and an array result",
    )
    assert all(p.name != "Range" for p in list_apps.parameters)


# ---------------------------------------------------------------- naming and structure on small specs


def _build(paths: dict | None = None, schemas: dict | None = None) -> ir.Api:
    return builder.build(minimal_spec(paths, schemas))


def test_recursive_and_mutually_recursive_schemas_stay_finite() -> None:
    api = _build(
        schemas={
            "Node": {
                "type": "object",
                "properties": {
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
                },
            },
            "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
            "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
        }
    )
    node = _model(api, "Node")
    assert node.fields[0].type == ir.ListOf(ir.ModelRef("Node"))
    assert _model(api, "A").fields[0].type == ir.ModelRef("B")
    assert _model(api, "B").fields[0].type == ir.ModelRef("A")


def test_all_of_merges_fields_in_order() -> None:
    api = _build(
        schemas={
            "Base": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}},
            },
            "Pet": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"type": "object", "properties": {"name": {"type": "string"}}},
                ]
            },
        }
    )
    pet = _model(api, "Pet")
    assert [(f.name, f.required) for f in pet.fields] == [("id", True), ("name", False)]


def test_one_of_with_discriminator_maps_values_to_models() -> None:
    api = _build(
        schemas={
            "Cat": {"type": "object", "properties": {"kind": {"type": "string"}}},
            "Dog": {"type": "object", "properties": {"kind": {"type": "string"}}},
            "Pet": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Cat"},
                    {"$ref": "#/components/schemas/Dog"},
                ],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {
                        "cat": "#/components/schemas/Cat",
                        "dog": "#/components/schemas/Dog",
                    },
                },
            },
            "Owner": {
                "type": "object",
                "properties": {"pet": {"$ref": "#/components/schemas/Pet"}},
            },
        }
    )
    pet_type = _model(api, "Owner").fields[0].type
    assert isinstance(pet_type, ir.UnionOf)
    assert pet_type.variants == (ir.ModelRef("Cat"), ir.ModelRef("Dog"))
    assert pet_type.discriminator == ir.Discriminator("kind", (("cat", "Cat"), ("dog", "Dog")))


def test_names_are_safe_and_collisions_resolved_deterministically() -> None:
    api = _build(
        {
            "/items/{class}": {
                "get": {
                    "operationId": "get-item",
                    "parameters": [
                        {
                            "name": "class",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "page[size]", "in": "query", "schema": {"type": "integer"}},
                        {"name": "page.size", "in": "query", "schema": {"type": "integer"}},
                        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                    ],
                    "responses": {"204": {"description": "none"}},
                },
                "delete": {"responses": {"204": {"description": "none"}}},
                "post": {"operationId": "get_item", "responses": {"204": {"description": "none"}}},
            }
        },
        {
            "2fa": {
                "type": "object",
                "properties": {"import": {"type": "string"}, "from_dict": {"type": "string"}},
            },
            "Any": {"type": "object", "properties": {"x": {"type": "string"}}},
        },
    )
    ops = {o.operation_id: o for o in api.operations}
    assert [p.ident for p in ops["get-item"].parameters] == [
        "class_",
        "page_size",
        "page_size_2",
        "x_trace",
    ]
    assert ops["get-item"].ident == "get_item"
    assert ops["get_item"].ident == "get_item_2"
    assert ops["delete /items/{class}"].ident == "delete_items_class"
    names = {m.name for m in api.models}
    assert "Model2Fa" in names and "Any2" in names
    assert [f.ident for f in _model(api, "Model2Fa").fields] == ["import_", "from_dict_"]


def test_enum_values_that_collide_or_are_not_identifiers() -> None:
    api = _build(
        schemas={
            "Odd": {"type": "string", "enum": ["a-b", "a_b", "", "1st", "class"]},
            "Num": {"type": "integer", "enum": [1, -1, 2]},
        }
    )
    odd = next(e for e in api.enums if e.name == "Odd")
    assert [m.ident for m in odd.members] == ["A_B", "A_B_2", "EMPTY", "VALUE_1_ST", "CLASS"]
    num = next(e for e in api.enums if e.name == "Num")
    assert [m.ident for m in num.members] == ["VALUE_1", "MINUS_VALUE_1", "VALUE_2"]


@pytest.mark.parametrize(
    "requested,expected",
    [
        ("signl4", "signl4"),
        ("soccer_v3", "soccer_v3"),
        ("my-pkg", "my_pkg"),
        ("class", "class_"),
        (None, "test_api"),
    ],
)
def test_package_names_are_kept_when_already_valid(requested: str | None, expected: str) -> None:
    from generator import pipeline

    api = ir.Api("Test API", "", "1", (), (), (), ())
    assert pipeline.options_for(api, {}, requested)["package"] == expected
