"""What the wire-harness tests share: the harness (``scripts/wire.py``) loaded once as a
module, the Prism executable as a fixture, running the harness as a subprocess and reading
its table, and a small document that contradicts itself.

``tests/e2e/test_wire.py``, ``test_wire_async.py``, ``test_wire_causes.py`` and
``test_auth_schemes_prism.py`` import these; a test module uses a fixture from here by
importing it (``from wire_helpers import prism``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from helpers import ROOT, load_script

SCRIPT = ROOT / "scripts" / "wire.py"
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def _wire_module() -> ModuleType:
    """``scripts/wire.py``, loaded once however many test modules use it (its dataclasses
    must be one set of classes for ``isinstance`` and equality to hold across modules)."""
    loaded = sys.modules.get("wire_script")
    return loaded if loaded is not None else load_script("wire")


wire = _wire_module()


@pytest.fixture(scope="module")
def prism() -> Path:
    """The pinned Prism from node_modules; skip without npm, fail if npm is there but
    Prism is not (the test run forgot ``npm ci``)."""
    if PRISM.exists():
        return PRISM
    if shutil.which("npm") is None:
        pytest.skip("npm not found: install Node.js/npm to run the Prism tests")
    pytest.fail(f"{PRISM} is missing although npm is installed: run `make test`", pytrace=False)


def run_harness(out: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    """Runs ``scripts/wire.py --out OUT ARGS`` and returns the run and its
    ``failures.json`` (empty when the harness wrote none)."""
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    failures = out / "failures.json"
    data = json.loads(failures.read_text(encoding="utf-8")) if failures.is_file() else {}
    return run, data


def table_rows(out: Path) -> dict[str, dict[str, str]]:
    """The harness's ``wire.tsv``: one row a document (and ``TOTAL``), by column name."""
    lines = (out / "wire.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return {row.split("\t")[0]: dict(zip(header, row.split("\t"))) for row in lines[1:]}


# A document that contradicts itself: an example that breaks its own response schema, a path
# example below its minimum, an apiKey-secured call, a body with tight constraints and no
# example, and a response whose static mock would break its pattern.
CONTRADICTIONS = """\
openapi: 3.0.3
info: {title: Contradictions, version: "1"}
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
  /secure:
    get:
      operationId: getSecure
      security: [{key: []}]
      responses: {"204": {description: nothing}}
  /things:
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name, size, when, tags]
              properties:
                name: {type: string, minLength: 7, pattern: "^[a-z]+$"}
                size: {type: integer, minimum: 5, maximum: 9}
                when: {type: string, format: date-time}
                tags: {type: array, minItems: 2, uniqueItems: true, items: {type: string}}
                note: {type: string}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema:
                type: object
                required: [name]
                properties: {name: {type: string}}
              example: {name: widget}
  /colour:
    get:
      operationId: getColour
      responses:
        "200":
          description: no example, so Prism's static mock ("string") breaks the pattern
          content:
            application/json:
              schema:
                type: object
                required: [rgb]
                properties: {rgb: {type: string, pattern: "^[0-9a-f]{6}$"}}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
"""


@pytest.fixture(scope="module")
def contradictions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """CONTRADICTIONS written to a file the harness can read."""
    path = tmp_path_factory.mktemp("wire-doc") / "contradictions.yaml"
    path.write_text(CONTRADICTIONS, encoding="utf-8")
    return path
