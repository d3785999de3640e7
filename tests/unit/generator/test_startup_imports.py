"""What a generation imports: nothing it does not use.

Each module costs start-up time on every run (a tenth of generating a small
client for black alone), so black and the hyper-schema converter load only
when a run needs them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers import ROOT, minimal_spec, write_spec

PROBE = """
import sys
from generator import cli
status = cli.main(sys.argv[1:])
print(",".join(sorted(sys.modules)))
sys.exit(status)
"""
NOT_NEEDED = ("black", "generator.hyperschema", "generator.convert")


def imported(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, OPENAPI_PYGEN_CACHE="off"),
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.strip().splitlines()[-1].split(","))


def test_generating_an_openapi_document_imports_only_what_it_uses(tmp_path: Path) -> None:
    paths = {
        "/things": {"get": {"operationId": "list", "responses": {"200": {"description": "ok"}}}}
    }
    spec = write_spec(tmp_path / "spec.json", minimal_spec(paths=paths))
    modules = imported("generate", str(spec), "--out", str(tmp_path / "out"), "-q")
    assert "generator.pipeline" in modules and "jinja2" in modules  # the probe works
    assert not modules & set(NOT_NEEDED), modules & set(NOT_NEEDED)


def test_a_hyper_schema_still_loads_its_converter(tmp_path: Path) -> None:
    hyper = {
        "$schema": "http://interagent.github.io/interagent-hyper-schema",
        "definitions": {
            "app": {
                "title": "App",
                "type": "object",
                "definitions": {"id": {"type": "string"}},
                "properties": {"id": {"$ref": "#/definitions/app/definitions/id"}},
                "links": [
                    {
                        "href": "/apps",
                        "method": "GET",
                        "rel": "instances",
                        "title": "List",
                        "targetSchema": {"items": {"$ref": "#/definitions/app"}, "type": "array"},
                    }
                ],
            }
        },
        "properties": {"app": {"$ref": "#/definitions/app"}},
        "links": [{"href": "https://api.example.com", "rel": "self"}],
    }
    spec = tmp_path / "hyper.json"
    spec.write_text(json.dumps(hyper))
    modules = imported("generate", str(spec), "--out", str(tmp_path / "out"), "-q")
    assert "generator.hyperschema" in modules


def test_the_command_line_imports_the_generator_only_after_starting_its_workers() -> None:
    """generator.cli forks validation's worker (large documents) before it imports
    the pipeline, so the worker imports the validators while this process
    imports the generator; importing the command line alone stays light."""
    probe = "import sys, generator.cli; print(','.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    modules = set(result.stdout.strip().split(","))
    assert "generator.workers" in modules  # the probe works
    heavy = {"generator.pipeline", "generator.config", "jinja2", "yaml", "openapi_spec_validator"}
    assert not modules & heavy, modules & heavy
