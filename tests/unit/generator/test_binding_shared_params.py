"""A parameter shared by many operations (path-level or $ref'd) is built and
bound once when the operations name it alike, and separately when one of them
has to rename it: each method's argument says what its own operation says."""

from __future__ import annotations

from typing import Any

from generator import binding, ir
from generator.irbuild import build

from helpers import minimal_spec


def _doc() -> dict[str, Any]:
    responses = {"200": {"description": "ok"}}
    shared = {"$ref": "#/components/parameters/Mode"}
    clash = {"name": "MODE", "in": "query", "required": True, "schema": {"type": "integer"}}
    paths = {
        "/one": {
            "parameters": [shared],
            "get": {"operationId": "getOne", "responses": responses},
            "post": {"operationId": "postOne", "responses": responses},
        },
        "/two": {
            "parameters": [shared],
            # Its own required MODE is claimed first: the shared one is mode_2 here.
            "get": {"operationId": "getTwo", "parameters": [clash], "responses": responses},
        },
    }
    doc = minimal_spec(paths)
    doc["components"] = {
        "parameters": {
            "Mode": {
                "name": "mode",
                "in": "query",
                "description": "How.",
                "schema": {"type": "string", "enum": ["fast", "slow"]},
            }
        }
    }
    return doc


def _bound() -> tuple[ir.Api, binding.Binding]:
    api = build(_doc())
    return api, binding.build(api, binding.package_options(api, {}, None))


def test_each_operation_names_the_shared_parameter_as_its_own_parameters_allow() -> None:
    api, py = _bound()
    by_id = {op.operation_id: op for op in api.operations}
    idents = {name: py.method(op).argument("query", "mode").ident for name, op in by_id.items()}
    assert idents == {"getOne": "mode", "postOne": "mode", "getTwo": "mode_2"}
    assert py.method(by_id["getTwo"]).argument("query", "MODE").ident == "mode"


def test_the_shared_parameter_keeps_its_type_and_doc_in_every_method() -> None:
    api, py = _bound()
    for op in api.operations:
        arg = py.method(op).argument("query", "mode")
        assert arg.annotation == 'Union[Literal["fast", "slow"], _rt.Unset]', op.operation_id
        assert arg.doc == "How." and arg.default == "_rt.UNSET"
