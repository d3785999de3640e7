"""The fast spec validators (generator/spec_validators.py) reach the stock
verdicts: ``validate_document`` (with the fast walk of generator/spec_walk.py
too) gives the same warnings, or the same error with
the same pointer and message, as with openapi-spec-validator's own classes and
its pure-Python backend (``OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND=jsonschema``).

The inline documents are the cases where the Rust engine, left to its
defaults, would disagree with the stock check, or cannot read the document."""

from __future__ import annotations

import copy
import datetime
from pathlib import Path
from typing import Any

import openapi_spec_validator as osv
import pytest
from openapi_spec_validator import schemas
from openapi_spec_validator.schemas.backend.jsonschema import create_validator

from generator import loader, spec_validators
from generator.errors import SpecError
from helpers import ROOT, SPEC, minimal_spec

STOCK_CLASSES = {
    "2": (osv.OpenAPIV2SpecValidator, schemas.schema_v2),
    "30": (osv.OpenAPIV30SpecValidator, schemas.schema_v30),
    "31": (osv.OpenAPIV31SpecValidator, schemas.schema_v31),
    "32": (osv.OpenAPIV32SpecValidator, schemas.schema_v32),
}


def _stock_validator(version: str, doc: dict[str, Any]) -> Any:
    """openapi-spec-validator's class for ``version``, with the document check
    its "jsonschema" backend makes (whatever the backend setting)."""
    key = next(
        key
        for prefix, key in (("2.", "2"), ("3.0", "30"), ("3.2", "32"), ("", "31"))
        if version.startswith(prefix)
    )
    base, meta_schema = STOCK_CLASSES[key]
    stock = type(base.__name__, (base,), {"schema_validator": create_validator(meta_schema)})
    return stock(doc)


def _verdict(doc: dict[str, Any], fast: bool = True) -> tuple[Any, ...]:
    try:
        return ("warnings", loader.validate_document("doc", copy.deepcopy(doc), fast=fast))
    except SpecError as error:
        return ("error", error.pointer, error.message)


def _verdicts(doc: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast = _verdict(doc)
    with monkeypatch.context() as patch:
        patch.setattr(loader, "_validator", _stock_validator)
        stock = _verdict(doc, fast=False)  # without the walk of generator/spec_walk.py
    return fast, stock


def _swagger2(**operation: Any) -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}}, **operation}}},
    }


def _with_schema(schema: Any, version: str = "3.0.3") -> dict[str, Any]:
    return minimal_spec(schemas={"Thing": schema}, openapi=version)


INLINE = {
    # Formats: the stock document check asserts none (the Rust engine would for draft 4).
    "contact email and urls that are not": minimal_spec(
        info={"title": "T", "version": "1", "contact": {"email": "no", "url": "::"}},
        openapi="3.0.3",
        externalDocs={"url": "not a url"},
    ),
    "swagger 2.0 contact email": {
        **_swagger2(),
        "info": {"title": "T", "version": "1", "contact": {"email": "no"}},
    },
    # Draft 4 enum: unique and non-empty in the Python copy, not in the Rust one.
    "swagger 2.0 duplicate enum": _swagger2(
        parameters=[{"name": "q", "in": "query", "type": "string", "enum": ["a", "a"]}]
    ),
    "swagger 2.0 empty enum": _swagger2(
        parameters=[{"name": "q", "in": "query", "type": "string", "enum": []}]
    ),
    "3.0 schema duplicate enum (a warning)": _with_schema({"type": "string", "enum": ["a", "a"]}),
    "3.0 schema enum 1 and 1.0": _with_schema({"type": "number", "enum": [1, 1.0]}),
    "3.1 schema duplicate enum": _with_schema({"enum": ["a", "a"]}, "3.1.0"),
    # The schema check asserts the regex format with Python's re.
    "3.0 pattern Python cannot compile": _with_schema({"type": "string", "pattern": "^\\p{L}+$"}),
    "3.1 pattern Python cannot compile": _with_schema({"pattern": "(?<name>a)"}, "3.1.0"),
    "3.0 broken pattern": _with_schema({"type": "string", "pattern": "["}),
    "3.1 schema keyword of the wrong type": _with_schema({"readOnly": 1}, "3.1.0"),
    "3.2 schema keyword out of range": _with_schema({"minLength": -1}, "3.2.0"),
    "3.0 integer keyword given as 1.0": _with_schema({"type": "string", "minLength": 1.0}),
    "3.1 schema in another dialect": _with_schema(
        {"$schema": "http://json-schema.org/draft-07/schema#", "type": 5}, "3.1.0"
    ),
    "3.1 unknown dialect": _with_schema({"$schema": "urn:nope"}, "3.1.0"),
    # Warnings since lenient validation (tests/e2e/test_lenient_validation.py).
    "3.1 draft 4 boolean exclusiveMaximum": _with_schema(
        {"type": "number", "maximum": 1, "exclusiveMaximum": True}, "3.1.0"
    ),
    "3.1 unknown jsonSchemaDialect": {
        **_with_schema({"type": "string"}, "3.1.0"),
        "jsonSchemaDialect": "urn:nope",
    },
    "3.1 exclusiveMaximum of the wrong type (fatal)": _with_schema(
        {"exclusiveMaximum": "ten"}, "3.1.0"
    ),
    "default of the wrong type (a warning)": _with_schema({"type": "boolean", "default": "no"}),
    # Values the Rust engine cannot read: the Python check decides.
    "YAML date as info.version": minimal_spec(
        info={"title": "T", "version": datetime.date(2024, 1, 1)}
    ),
    "YAML integer response code": minimal_spec(
        {"/x": {"get": {"responses": {200: {"description": "ok"}}}}}, openapi="3.0.3"
    ),
    "YAML date as an example": _with_schema(
        {"type": "string", "example": datetime.date(2024, 1, 1)}
    ),
    "NaN as an example": _with_schema({"type": "number", "example": float("nan")}),
    # Python's $ matches before a final newline; the Rust engine's does not.
    "swagger 2.0 host ending in a newline": {**_swagger2(), "host": "example.com\n"},
    "unknown top-level field": minimal_spec(foo=1),
    "response description of the wrong type": minimal_spec(
        {"/x": {"get": {"responses": {"200": {"description": 5}}}}}
    ),
}


def _documents() -> dict[str, Any]:
    files = [SPEC, *sorted((ROOT / "tests" / "fixtures").rglob("*.y*ml"))]
    files += sorted((ROOT / "tests" / "fixtures").rglob("*.json"))
    docs: dict[str, Any] = {str(f.relative_to(ROOT)): f for f in files}
    docs.update(INLINE)
    return docs


DOCUMENTS = _documents()


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_same_verdict_as_the_stock_validators(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    source = DOCUMENTS[name]
    doc = loader.read_document(source) if isinstance(source, Path) else source
    fast, stock = _verdicts(doc, monkeypatch)
    assert fast == stock


def test_the_rust_engine_is_used() -> None:
    """jsonschema-rs is a dependency: without it the tests above pass but prove little."""
    assert spec_validators.rust_enabled()
    validator = spec_validators.spec_validator("3.0.3", minimal_spec(openapi="3.0.3"))
    assert isinstance(validator.schema_validator, spec_validators._RustFirst)


def test_the_backend_setting_switches_the_rust_engine_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND", "jsonschema")
    assert not spec_validators.rust_enabled()
    validator = spec_validators.spec_validator("3.1.0", minimal_spec())
    assert not isinstance(validator.schema_validator, spec_validators._RustFirst)
    assert _verdict(INLINE["3.1 schema keyword of the wrong type"])[0] == "error"
