"""The loader's split of validator findings into warnings (the client can
still be built) and errors (it cannot), by validator keyword and path, with
the pointer of the value at fault."""

from __future__ import annotations

from typing import Any

import pytest

from generator import loader
from generator.errors import SpecError
from helpers import minimal_spec


def _schema(schema: Any, version: str = "3.1.0", **extra: Any) -> dict[str, Any]:
    return minimal_spec(
        {"/x": {"get": {"parameters": [{"name": "q", "in": "query", "schema": schema}],
                        "responses": {"200": {"description": "ok"}}}}},
        openapi=version,
        **extra,
    )  # fmt: skip


WHERE = "/paths/~1x/get/parameters/0/schema"


@pytest.mark.parametrize(
    "doc, pointer",
    [
        (_schema({"type": "string", "pattern": "^\\p{L}+$"}, "3.0.3"), WHERE + "/pattern"),
        (_schema({"type": "string", "pattern": "(?<name>a)"}), WHERE + "/pattern"),
        (
            _schema({"type": "number", "maximum": 3, "exclusiveMaximum": True}),
            WHERE + "/exclusiveMaximum",
        ),
        (_schema({"$schema": "urn:custom", "type": "string"}), WHERE + "/$schema"),
        (_schema({"type": "string"}, jsonSchemaDialect="urn:custom"), "/jsonSchemaDialect"),
        (_schema({"type": "integer", "default": "seven"}, "3.0.3"), WHERE + "/default"),
    ],
)
def test_warnings_name_the_value(doc: dict[str, Any], pointer: str) -> None:
    warnings = loader.validate_document("doc", doc)
    assert [p for p, _ in warnings] == [pointer]


@pytest.mark.parametrize(
    "schema, pointer",
    [
        ({"type": 5}, "/type"),
        ({"type": "number", "exclusiveMaximum": "ten"}, "/exclusiveMaximum"),
        ({"type": "string", "minLength": -1}, "/minLength"),
    ],
)
def test_what_breaks_a_schema_stays_fatal(schema: Any, pointer: str) -> None:
    with pytest.raises(SpecError) as raised:
        loader.validate_document("doc", _schema(schema))
    assert raised.value.pointer == pointer


def test_a_warning_does_not_hide_a_fatal_problem_elsewhere() -> None:
    doc = _schema({"type": "string", "pattern": "\\p{L}"})
    doc["paths"]["/y"] = {"get": {"responses": {"200": {"description": 5}}}}
    with pytest.raises(SpecError):
        loader.validate_document("doc", doc)
