"""scripts/wire.py on operations sharing a method+path slot (``x-operation-variants``):
counted as operations, and each variant given a derived document in which it owns its slot,
for any document (not only Heroku's)."""

from __future__ import annotations

from typing import Any

from helpers import load_script

wire = load_script("wire")


def _op(op_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": op_id, "responses": {"200": {"description": "ok"}}, **extra}


DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things": {
            "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
            "post": _op(
                "thing-create",
                **{"x-operation-variants": [_op("thing-restore"), _op("thing-copy")]},
            ),
            "get": _op("thing-list"),
        },
        "/other": {"put": _op("other-set", **{"x-operation-variants": [_op("other-reset")]})},
    },
}


def test_operations_not_slots_are_counted() -> None:
    found = wire.spec_operations(DOC)
    assert len(found) == 6  # 3 slots, 3 variants
    assert ("POST", "/things", 1) in found and ("PUT", "/other", 0) in found
    assert sum(1 for _, _, variant in found if variant == -1) == 3


def test_each_variant_index_gets_a_document_where_it_owns_its_slot() -> None:
    derived = wire.variant_documents(DOC)
    assert sorted(derived) == [0, 1]
    first, second = derived[0]["paths"], derived[1]["paths"]
    assert first["/things"]["post"]["operationId"] == "thing-restore"
    assert first["/other"]["put"]["operationId"] == "other-reset"
    assert second["/things"]["post"]["operationId"] == "thing-copy"
    assert second["/other"]["put"]["operationId"] == "other-set"  # no second variant: primary
    # the rest of the path item is untouched, and the original document too
    assert first["/things"]["get"]["operationId"] == "thing-list"
    assert first["/things"]["parameters"] == DOC["paths"]["/things"]["parameters"]
    assert "x-operation-variants" not in first["/things"]["post"]
    assert DOC["paths"]["/things"]["post"]["operationId"] == "thing-create"


def test_a_document_without_variants_needs_no_extra_prism() -> None:
    plain = {"openapi": "3.1.0", "paths": {"/a": {"get": _op("a")}}}
    assert wire.variant_documents(plain) == {}
    assert wire.spec_operations(plain) == [("GET", "/a", -1)]


def test_a_variant_is_recognised_by_its_pointer() -> None:
    assert wire.variant_index("/paths/~1things/post") == -1
    assert wire.variant_index("/paths/~1things/post/x-operation-variants/1") == 1
