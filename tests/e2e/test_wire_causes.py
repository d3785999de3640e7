"""The wire test's classification of each cause it met in the development corpus, and proof
that its verdict fails on a deliberately broken client.

Each operation of CAUSES is one cause, reduced to a few lines, run through the harness
(scripts/wire.py) against a real Prism:

- a response whose example breaks the document's schema reaches the client (Prism runs
  without ``--errors``) and the tolerant client decodes it: ``ok``, with a ``spec_fault`` note
  that keeps Prism's violations as evidence (before: Prism's own 500, a ``spec_fault``);
- a request example that breaks its own schema, where schema-only values are accepted:
  ``ok`` on the retry, with a ``spec_fault`` note (before: a ``spec_fault``);
- an operation without any response: Prism cannot answer it at all, a ``spec_fault``;
- an optional array header the call leaves out: Prism 5 crashes deserializing the absent
  header, so the harness sends one (before: a ``client_error``, "Prism crashed");
- a required ``Content-Type`` header parameter without an example: the harness sends a
  media type, not the placeholder "string" that crashed Prism (before: a ``client_error``);
- a required form body whose fields are all optional: the harness sets one, since an empty
  form is not sent at all (before: ``rejected``, "Body parameter is required");
- a request schema no value satisfies (a uuid of 64 characters; a required property that
  ``additionalProperties: false`` forbids): ``spec_fault`` naming the contradiction
  (before: ``rejected``);
- a multipart body whose schema is a binary string, not an object of named parts: a
  ``spec_fault`` (before: the harness passed bytes, and the form encoder's AttributeError
  made it a ``client_error``);
- a JSON object declared as ``*/*``: Prism answers 406 to ``application/json`` and 500 to
  ``*/*``; it stays ``rejected``, the evidence saying that no Accept is served;
- a binary download declared as ``*/*``: the client asks for ``*/*`` and returns the bytes
  (before: it asked for ``application/json``, which Prism answers 406: ``rejected``);
- a schema too large for Prism's static generator (60 objects of 60 fields, beyond its
  2,500 steps): its 500 "Schema too complex" is no answer, so the call is judged on a dynamic
  response (before: a ``spec_fault``);
- a media type that is not one (``*``): Prism crashes serving it, a ``spec_fault`` naming it
  (before: a ``client_error``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from helpers import ROOT
from wire_helpers import prism, run_harness, table_rows, wire  # noqa: F401

CAUSES = """\
openapi: 3.1.0
info: {title: Wire causes, version: "1"}
paths:
  /bad-example:
    get:
      operationId: badExample
      responses:
        "200":
          description: its example breaks its own schema
          content:
            application/json:
              schema: {type: object, required: [id], properties: {id: {type: integer}}}
              example: {id: not-a-number}
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, example: 0,
           schema: {type: integer, minimum: 1}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: integer}}}
  /ping:
    get:
      operationId: ping  # 3.1 lets an operation omit its responses
  /tagged:
    get:
      operationId: getTagged
      parameters:
        - {name: X-Tags, in: header, schema: {type: array, items: {type: string}}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {n: {type: integer}}}
  /connections:
    post:
      operationId: connect
      parameters:
        - {name: Content-Type, in: header, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {n: {type: integer}}}
  /jobs/{job-id}:
    delete:
      operationId: deleteJob
      parameters:
        - {name: job-id, in: path, required: true,
           schema: {type: string, format: uuid, minLength: 64, maxLength: 64}}
      responses:
        "204": {description: deleted}
  /schemes:
    post:
      operationId: createScheme
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [screens]
              properties:
                screens:
                  type: object
                  additionalProperties: false
                  required: [defaultScreen]
                  properties: {default: {type: integer}}
      responses:
        "204": {description: created}
  /hooks:
    post:
      operationId: postHook
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties: {text: {type: string}, markdown: {type: boolean}}
      responses:
        "204": {description: posted}
  /favourites:
    get:
      operationId: getFavourites
      responses:
        "200":
          description: any type, an object in fact
          content:
            "*/*":
              schema: {type: object, properties: {n: {type: integer}}}
  /attachments:
    post:
      operationId: attach
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: {type: string, format: binary}
      responses:
        "204": {description: attached}
  /media/{name}:
    get:
      operationId: getMedia
      parameters:
        - {name: name, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the file, whatever its type
          content:
            "*/*":
              schema: {type: string, format: binary}
  /download:
    get:
      operationId: download
      responses:
        "200":
          description: not a media type
          content:
            "*":
              schema: {type: string, format: binary}
"""


def causes_document() -> dict[str, Any]:
    """CAUSES plus an operation whose response schema is too large for Prism's static
    generator (built here: sixty objects of sixty fields)."""
    doc: dict[str, Any] = yaml.safe_load(CAUSES)
    leaf = {"type": "object", "properties": {f"f{i}": {"type": "string"} for i in range(60)}}
    big = {
        "type": "object",
        "properties": {f"p{i}": {"$ref": "#/components/schemas/Leaf"} for i in range(60)},
    }
    doc["components"] = {"schemas": {"Leaf": leaf, "Big": big}}
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Big"}}}
    doc["paths"]["/big"] = {
        "get": {
            "operationId": "getBig",
            "responses": {"200": {"description": "large", "content": content}},
        }
    }
    return doc


@pytest.fixture(scope="module")
def causes_run(prism: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("wire-causes")
    spec = folder / "causes.yaml"
    spec.write_text(yaml.safe_dump(causes_document(), sort_keys=False), encoding="utf-8")
    out = folder / "out"
    run, evidence = run_harness(out, "--docs", str(spec))
    return {"run": run, "evidence": evidence, "rows": table_rows(out)}


def test_each_cause_has_its_class(causes_run: dict[str, Any]) -> None:
    run, evidence = causes_run["run"], causes_run["evidence"]
    failures = {f["operation_id"]: f for f in evidence["failures"]}
    noted = {f["operation_id"]: f for f in evidence["noted"]}
    outcomes = {op: f["outcome"] for op, f in failures.items()}
    assert outcomes == {
        "ping": "spec_fault",
        "deleteJob": "spec_fault",
        "createScheme": "spec_fault",
        "download": "spec_fault",
        "getFavourites": "rejected",
        "attach": "spec_fault",
    }, (
        run.stdout + run.stderr
    )
    # Prism cannot answer an operation without responses at all.
    assert failures["ping"]["status"] == 500
    assert "No response defined" in failures["ping"]["evidence"]
    # The response breaks the schema; the client decoded it tolerantly; the note keeps why.
    bad = noted["badExample"]
    assert bad["outcome"] == "ok" and bad["status"] == 200, bad
    assert bad["note"].startswith("spec_fault: the response breaks the document's schema")
    assert "response.body.id" in bad["note"] and "integer" in bad["note"]
    # The example 0 is below the minimum: rejected (422), then 1 is accepted.
    item = noted["getItem"]
    assert item["outcome"] == "ok" and item["status"] == 200, item
    assert "example/default values are rejected: 422" in item["note"] and "path.id" in item["note"]
    assert "/items/0" in item["note"] and "/items/1 " in item["request"]
    # Neither the absent array header nor the Content-Type parameter crashes Prism, and the
    # required form body is sent: ok without a note.
    assert sorted(noted) == ["badExample", "getItem"]
    # Contradictions named, with Prism's answer kept.
    job = failures["deleteJob"]["evidence"]
    assert "format uuid has 36 characters, but minLength 64, maxLength 64" in job
    assert "must match format" in job and failures["deleteJob"]["status"] == 422
    scheme = failures["createScheme"]["evidence"]
    assert "requires 'defaultScreen', which its properties do not declare" in scheme
    favourites = failures["getFavourites"]
    assert (
        favourites["status"] == 406
        and "with Accept: */* Prism answers 500" in favourites["evidence"]
    )
    assert favourites["evidence"].endswith("so no Accept is served")
    download = failures["download"]["evidence"]
    assert "declares '*', not a media type" in download and "Prism crashed" in download
    attach = failures["attach"]["evidence"]
    assert "multipart/form-data body is a set of named fields, but its schema is a string" in attach
    row = causes_run["rows"]["causes"]
    counts = tuple(row[k] for k in ("ops", "ok", "rejected", "spec_fault", "client_error"))
    assert counts == ("13", "7", "1", "5", "0")
    assert row["ok_spec_fault"] == "2" and row["ok %"] == "53.8"
    assert causes_run["rows"]["TOTAL"]["ok_spec_fault"] == "2"


def test_verdict_fails_below_min_ok_and_names_the_denominator(causes_run: dict[str, Any]) -> None:
    run = causes_run["run"]
    assert run.returncode == 1, run.stdout + run.stderr
    assert "FAIL: total ok 53.8% is below --min-ok 99%" in run.stderr
    assert "ok_spec_fault" in run.stdout.splitlines()[0]


# ---------------------------------------------------------------- a broken client fails


def break_body(package: Path) -> None:
    """Every JSON body goes out as ``{}``: the kind of bug the wire test exists for.
    (The request is built in ``_core``, which both clients share.)"""
    client = package / "_runtime" / "_core.py"
    source = client.read_text(encoding="utf-8")
    sound = 'body = json.dumps(encode(json_body), separators=(",", ":")).encode("utf-8")'
    assert sound in source
    client.write_text(source.replace(sound, 'body = b"{}"'), encoding="utf-8")


def run_fixture(ident: str, work: Path, tamper: Any = None) -> list[Any]:
    """Every operation of the bodies fixture through the harness's own loop, in-process."""
    spec = ROOT / "tests" / "fixtures" / "features" / "bodies.yaml"
    work.mkdir()
    mock = wire.Mock(str(spec), work)
    mock.start()
    try:
        calls, skipped = wire._run_document(
            wire.Document(ident, str(spec), "file"), work, mock, tamper
        )
    finally:
        mock.stop()
        if str(work / "out") in sys.path:
            sys.path.remove(str(work / "out"))
    assert skipped == ""
    return calls


def test_a_broken_client_fails_the_verdict(prism: Path, tmp_path: Path) -> None:
    sound = run_fixture("selftest_sound_bodies", tmp_path / "sound")
    broken = run_fixture("selftest_broken_bodies", tmp_path / "broken", break_body)
    assert [c.outcome for c in sound] == ["ok"] * len(sound) and len(sound) == 9
    _, sound_pct = wire.table([wire.DocResult(wire.Document("s", "", "file"), sound)])
    _, broken_pct = wire.table([wire.DocResult(wire.Document("b", "", "file"), broken)])
    assert sound_pct == 100.0
    assert broken_pct < 99.0, [(c.operation_id, c.outcome) for c in broken]
    rejected = [c for c in broken if c.outcome == "rejected"]
    assert rejected and all(c.status in (400, 422) for c in rejected)
    assert all("body" in c.evidence for c in rejected), [c.evidence for c in rejected]
    assert all(c.note == "" for c in broken if c.outcome == "ok")


# ---------------------------------------------------------------- a corpus sample

# Two small real documents whose examples break their own response schemas in places: every
# call is ok, and the ones the tolerant client decoded despite the document carry a note.
CORPUS_SAMPLE = ["dev_listennotes.com", "dev_ote-godaddy.com_certificates"]


@pytest.mark.slow  # real documents: `make wire` runs the whole corpus; the causes above run by default
def test_corpus_sample_every_call_ok(prism: Path, tmp_path: Path) -> None:
    if wire._corpus_dir(None) is None:
        pytest.skip("the development corpus is not beside this checkout (../shared/corpus)")
    args = ["--docs", "corpus", "--only", *CORPUS_SAMPLE, "--min-ok", "100", "--jobs", "2"]
    run, evidence = run_harness(tmp_path, *args)
    assert run.returncode == 0, run.stdout + run.stderr
    assert evidence["failures"] == [] and evidence["skipped"] == []
    assert {f["doc"] for f in evidence["noted"]} == set(CORPUS_SAMPLE)
    assert all(f["note"].startswith("spec_fault: ") for f in evidence["noted"])
