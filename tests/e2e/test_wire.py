"""The wire harness (scripts/wire.py) on a representative subset, and proof that it can fail.

``make wire`` runs the harness over every fixture, the Heroku spec and the development
corpus; here it runs on spec/heroku.yaml and a few fixtures (every call must be ``ok``), on a
document that contradicts itself (each contradiction classified, with its evidence: an ``ok``
the tolerant client earned despite the document carries a ``spec_fault`` note), and in-process against a real Prism with deliberately broken calls (a wrong argument, an
unknown argument, a response body broken on its way to the decoder).
"""

from __future__ import annotations

import importlib
import io
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
import urllib3

from wire_helpers import contradictions, prism, run_harness, table_rows, wire  # noqa: F401

# ---------------------------------------------------------------- what passes today

# Swagger 2.0 and allOf by default; the Heroku seed (whose 46 operations
# test_prism_contract_seed.py calls one by one, and whose complete API
# test_prism_contract.py runs through this harness) and the body kinds (all of them
# ok in test_wire_causes.py's sound run) with -m slow.
PASSING = ["fixture_allof", "fixture_swagger2_petstore"]
MORE_PASSING = ["heroku", "fixture_bodies"]


@pytest.mark.parametrize(
    "docs", [PASSING, pytest.param(MORE_PASSING, marks=pytest.mark.slow)], ids=["default", "more"]
)
def test_heroku_and_fixtures_every_call_ok(prism: Path, tmp_path: Path, docs: list[str]) -> None:
    run, data = run_harness(
        tmp_path, "--docs", "heroku", "fixtures", "--only", *docs, "--min-ok", "100"
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert data["failures"] == [] and data["skipped"] == []
    rows = table_rows(tmp_path)
    assert sorted(rows) == sorted(docs + ["TOTAL"])
    for doc, row in rows.items():
        assert int(row["ops"]) > 0 and row["ok"] == row["ops"], (doc, row)
    if "heroku" in docs:
        assert int(rows["heroku"]["ops"]) == 46  # every operation of spec/heroku.yaml was called
    assert "TOTAL" in run.stdout and "100.0" in run.stdout


# ---------------------------------------------------------------- it can fail
# (on wire_helpers.CONTRADICTIONS, a document that contradicts itself)


def test_self_contradicting_document_is_classified_not_ok(
    prism: Path, tmp_path: Path, contradictions: Path
) -> None:
    run, data = run_harness(tmp_path, "--docs", str(contradictions))
    # Every call is ok: getSecure (an X-Key apiKey) because the client sends the scheme's
    # key, and the document's own contradictions do not stop a tolerant client: those two
    # calls are ok with a spec_fault note (tests/e2e/test_wire_causes.py checks their
    # evidence, and that a broken client fails the verdict).
    assert run.returncode == 0, run.stdout + run.stderr
    assert data["failures"] == [], data
    noted = {f["operation_id"]: f for f in data["noted"]}
    assert sorted(noted) == ["badExample", "getItem"], data
    assert all(f["outcome"] == "ok" and f["note"].startswith("spec_fault") for f in noted.values())
    assert "response.body.id" in noted["badExample"]["note"]
    assert "path.id" in noted["getItem"]["note"] and "/items/1 " in noted["getItem"]["request"]
    # The body synthesized from the schema alone (minLength, pattern, range, date-time,
    # minItems with uniqueItems) is accepted, and getColour, whose static mock is Prism's
    # placeholder, is judged on a dynamic response: ok without a note.
    row = table_rows(tmp_path)["contradictions"]
    assert (row["ops"], row["ok"], row["rejected"], row["spec_fault"]) == ("5", "5", "0", "0")
    assert row["ok_spec_fault"] == "2"


class BrokenBinder:
    """Hands the generated method a fixed (wrong) set of arguments."""

    def __init__(self, kwargs: dict[str, Any]) -> None:
        self.kwargs = kwargs

    def arguments(self, op: Any, method: Any) -> dict[str, Any]:
        return dict(self.kwargs)


@pytest.fixture(scope="module")
def live(
    prism: Path, tmp_path_factory: pytest.TempPathFactory, contradictions: Path
) -> Iterator[dict[str, Any]]:
    """A generated client of the contradictions document and a Prism serving it."""
    work = tmp_path_factory.mktemp("wire-live")
    mock = wire.Mock(str(contradictions), work)
    mock.start()
    try:
        report, problem = wire.generate_client(str(contradictions), work, "wire_selftest")
        assert report is not None, problem
        assert mock.ready() == ""
        sys.path.insert(0, str(work / "out"))
        pkg = importlib.import_module("wire_selftest")
        raw = wire.raw_document(str(contradictions))
        api = wire.load_ir(str(contradictions), "wire_selftest")
        ops = {op.operation_id: op for op in api.operations}
        functions = {o["operationId"]: o["function"] for o in report["operations"]}
        exchange = wire.Exchange()
        client = wire.wire_client(pkg, mock.url)
        client.session.hooks["response"].append(exchange.hook)
        yield {
            "pkg": pkg,
            "ops": ops,
            "functions": functions,
            "client": client,
            "exchange": exchange,
            "binder": wire.Binder(raw, wire.Values(raw)),
        }
        client.close()
    finally:
        mock.stop()
        if str(work / "out") in sys.path:
            sys.path.remove(str(work / "out"))


def call(live: dict[str, Any], operation_id: str, binder: Any = None, as_op: str = "") -> Any:
    """Calls ``operation_id``'s function, judged as the operation ``as_op`` (default: itself)."""
    op = live["ops"][as_op or operation_id]
    result = wire.Call(
        "selftest", op.method, op.path, operation_id, live["functions"][operation_id]
    )
    wire.call_operation(
        result,
        live["ops"][operation_id],
        live["client"],
        live["pkg"],
        binder or live["binder"],
        live["exchange"],
    )
    return result


def test_live_synthesized_call_is_ok(live: dict[str, Any]) -> None:
    assert call(live, "createThing").outcome == "ok"


def test_live_call_sent_to_another_operation_is_not_ok(live: dict[str, Any]) -> None:
    """Prism accepts it (it is a valid createThing), but it is not the operation called."""
    result = call(live, "createThing", as_op="getItem")
    assert result.outcome == "client_error", result
    assert "POST" in result.evidence and "not GET /items/{id}" in result.evidence


def test_live_wrong_argument_is_rejected(live: dict[str, Any]) -> None:
    result = call(live, "getItem", BrokenBinder({"id": "not-a-number"}))
    assert result.outcome == "rejected" and result.status == 422, result
    assert "not-a-number" in result.request


def test_live_unknown_argument_is_a_client_error(live: dict[str, Any]) -> None:
    result = call(live, "createThing", BrokenBinder({"no_such_argument": 1}))
    assert result.outcome == "client_error" and result.status is None, result
    assert "TypeError" in result.evidence and "no_such_argument" in result.evidence


def test_live_body_the_decoder_rejects_is_a_decode_error(live: dict[str, Any]) -> None:
    """A real response, its body replaced by one that breaks the schema before the
    generated decoder sees it: no sl-violations from Prism, so the decoder is to blame."""

    def corrupt(response: Any, *args: Any, **kwargs: Any) -> Any:
        # The runtime reads the body from response.raw in chunks (within its size
        # cap and deadline), so the replacement goes there.
        body = b'{"name": 5}'
        response.raw.read()
        response.raw = urllib3.HTTPResponse(
            body=io.BytesIO(body), status=response.status_code, preload_content=False
        )
        response.headers["Content-Length"] = str(len(body))
        return response

    hooks = live["client"].session.hooks["response"]
    hooks.insert(0, corrupt)
    try:
        tolerated = call(live, "createThing")  # the default client keeps the raw value
        live["client"].strict = True  # a strict client raises the DecodeError
        result = call(live, "createThing")
    finally:
        live["client"].strict = False
        hooks.remove(corrupt)
    assert tolerated.outcome == "ok", tolerated
    assert result.outcome == "decode_error", result
    assert "DecodeError" in result.evidence and "name" in result.evidence


# ---------------------------------------------------------------- values from the spec


def values(doc: dict[str, Any] | None = None) -> Any:
    return wire.Values(doc or {})


def test_value_precedence_example_default_enum_schema() -> None:
    v = values()
    schema = {"type": "string", "example": "ex", "default": "def", "enum": ["a", "b"]}
    assert v.for_schema(schema, True) == "ex"
    del schema["example"]
    assert v.for_schema(schema, True) == "def"
    del schema["default"]
    assert v.for_schema(schema, True) == "a"
    assert v.for_schema({"type": "string", "examples": ["first", "second"]}, True) == "first"
    param = {"examples": {"one": {"value": 7}}, "schema": {"type": "integer", "example": 3}}
    assert v.for_parameter(param) == 7


def test_value_honours_formats_lengths_ranges_and_sizes() -> None:
    v = values()
    assert v.for_schema({"type": "string", "format": "uuid"}, True).count("-") == 4
    assert v.for_schema({"type": "string", "format": "date"}, True) == "2024-01-02"
    long = v.for_schema({"type": "string", "minLength": 12}, True)
    assert isinstance(long, str) and len(long) == 12
    assert v.for_schema({"type": "string", "pattern": "^[0-9]+$"}, True).isdigit()
    assert v.for_schema({"type": "integer", "minimum": 10, "maximum": 20}, True) == 10
    assert v.for_schema({"type": "integer", "maximum": -5}, True) == -5
    assert v.for_schema({"type": "integer", "minimum": 1, "multipleOf": 4}, True) == 4
    items = v.for_schema({"type": "array", "minItems": 3, "items": {"type": "integer"}}, True)
    assert items == [1, 1, 1]


def test_value_objects_take_required_writable_properties_and_stay_bounded() -> None:
    doc = {
        "components": {
            "schemas": {
                "Node": {
                    "type": "object",
                    "required": ["id", "child", "created"],
                    "properties": {
                        "id": {"type": "integer"},
                        "child": {"$ref": "#/components/schemas/Node"},
                        "created": {"type": "string", "readOnly": True},
                        "note": {"type": "string"},
                    },
                }
            }
        }
    }
    value = values(doc).for_schema({"$ref": "#/components/schemas/Node"}, True)
    depth = 0
    while isinstance(value, dict) and value.get("child") is not None:
        assert set(value) == {"id", "child"}  # required, without the readOnly one
        value = value["child"]
        depth += 1
    assert 1 < depth <= wire.MAX_DEPTH + 1


def test_value_of_a_union_is_its_first_non_null_variant_named_by_the_discriminator() -> None:
    doc = {
        "components": {
            "schemas": {
                "Cat": {
                    "type": "object",
                    "required": ["kind", "lives"],
                    "properties": {"kind": {"type": "string"}, "lives": {"type": "integer"}},
                }
            }
        }
    }
    union = {
        "oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Cat"}],
        "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}},
    }
    assert values(doc).for_schema(union, True) == {"kind": "cat", "lives": 1}
