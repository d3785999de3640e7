"""Component schemas tied only to bodies the client does not decode (XML, and
the media types it does not pick) get no class; anything the client uses, and
anything nothing reaches, keeps its class (generator/irbuild/unused.py)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.irbuild import api as build_api
from generator.irbuild.unused import unused_schemas


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def xml(name: str) -> dict[str, Any]:
    return {"content": {"text/xml": {"schema": ref(name)}}}


SCHEMAS = {
    "Result": obj(items={"type": "array", "items": ref("Item")}, shared=ref("Shared")),
    "Item": obj(name={"type": "string"}),
    "Shared": obj(id={"type": "string"}),  # also a JSON response's
    "Sent": obj(tag=ref("Tag")),
    "Tag": obj(key={"type": "string"}),
    "Filter": obj(name={"type": "string"}),  # a query parameter's
    "Offered": obj(a={"type": "string"}),  # the XML offered beside JSON
    "Picked": obj(b={"type": "string"}),
    "Vocabulary": obj(item=ref("Item")),  # reached by nothing: kept, and keeps Item
    "Shape": obj(c={"type": "string"}),  # a shared response's, in XML
}


def document() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/describe": {
                "post": {
                    "operationId": "describe",
                    "parameters": [
                        {"name": "Filter", "in": "query", "schema": ref("Filter")},
                    ],
                    "requestBody": xml("Sent"),
                    "responses": {"200": xml("Result")},
                },
            },
            "/both": {
                "post": {
                    "operationId": "both",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": ref("Picked")},
                            "application/xml": {"schema": ref("Offered")},
                        }
                    },
                    "responses": {
                        "200": {"content": {"application/json": {"schema": ref("Shared")}}},
                        "404": {"$ref": "#/components/responses/Missing"},
                    },
                },
            },
        },
        "components": {
            "schemas": SCHEMAS,
            "responses": {"Missing": {"description": "gone", **xml("Shape")}},
        },
    }


def test_schemas_only_undecoded_bodies_reach_are_unused() -> None:
    assert unused_schemas(document()) == {"Result", "Sent", "Tag", "Offered", "Shape"}


def test_they_get_no_class_and_the_rest_do() -> None:
    api = build_api.build(document())
    models = {m.name for m in api.models}
    assert models == {"Item", "Shared", "Filter", "Picked", "Vocabulary"}
    warning = next(w for w in api.warnings if w.pointer == "/components/schemas")
    assert warning.message.startswith("5 schemas are used only by bodies")
    describe = next(op for tag in api.tags for op in tag.operations if op.ident == "describe")
    assert describe.body is not None and describe.body.type.kind == "str"  # type: ignore[attr-defined]


def test_a_document_without_undecoded_bodies_keeps_every_schema() -> None:
    doc = document()
    doc["paths"].pop("/describe")
    doc["components"].pop("responses")
    doc["paths"]["/both"]["post"]["responses"].pop("404")
    doc["paths"]["/both"]["post"]["requestBody"]["content"].pop("application/xml")
    assert unused_schemas(doc) == frozenset()
    assert len(build_api.build(doc).models) == len(SCHEMAS)


def test_callbacks_count_as_using_what_they_name() -> None:
    doc = document()
    doc["paths"]["/describe"]["post"]["callbacks"] = {
        "done": {"{$request.query.url}": {"post": {"requestBody": xml("Result"), "responses": {}}}}
    }
    assert unused_schemas(doc) == {"Sent", "Tag", "Offered", "Shape"}


def test_a_schema_judged_unused_that_the_builder_meets_is_built_anyway(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A misjudged schema costs time, never a class the client needs."""
    monkeypatch.setattr(build_api, "unused_schemas", lambda doc: frozenset({"Shared"}))
    assert "Shared" in {m.name for m in build_api.build(document()).models}
