"""The pipeline's parallel path: validation in a forked worker that inherits the
parsed document, while the main process renders and formats.

Large documents take this path by default (generator.workers.PARALLEL_SPEC_BYTES);
here ``workers=2`` forces it on small ones, with the cache off so the worker
really validates.
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from generator import cli, early, formatting, loader, pipeline, render, targets, workers
from generator.errors import SpecError
from generator.irbuild import api as irbuild_api
from generator.irbuild.unused import unused_schemas
from helpers import ROOT, SPEC, heroku_config, minimal_spec, write_spec

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(autouse=True)
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYGEN_CACHE", "off")


@pytest.mark.parametrize(
    "spec",
    [
        FIXTURES / "features" / "invalid" / "duplicate_operation_ids.yaml",  # warnings
        FIXTURES / "features" / "readonly_writeonly_deprecated_defaults.yaml",
        FIXTURES / "swagger2_petstore.yaml",
    ],
    ids=lambda p: p.name,
)
def test_parallel_generation_equals_serial(spec: Path) -> None:
    serial = pipeline.generate(spec, ["python"], package="pkg", workers=1)
    parallel = pipeline.generate(spec, ["python"], package="pkg", workers=2)
    assert parallel.files == serial.files
    assert parallel.api.warnings == serial.api.warnings
    if "duplicate" in spec.name:  # the validator's warning came back from the worker
        assert any("is not unique" in w.message for w in parallel.api.warnings)


def test_the_worker_validates_the_document_it_inherits(tmp_path: Path) -> None:
    """An invalid document is reported from the worker with its pointer, and the
    inherited copy is dropped once the run is over."""
    doc = minimal_spec(paths={"/pets": {"get": {"responses": {"200": {"description": 5}}}}})
    spec = write_spec(tmp_path / "bad.json", doc)
    with pytest.raises(SpecError) as error:
        pipeline.generate(spec, ["python"], package="pkg", workers=2)
    assert error.value.pointer == "/paths/~1pets/get/responses/200/description"
    assert str(spec) not in loader._PARSED


def test_the_command_line_validates_a_large_document_from_its_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line starts validating a large document before it imports the
    generator (generator.workers); an invalid one is still one line with its pointer."""
    started: list[Path] = []
    original = workers.start_validation

    def start_validation(pools: workers.Pools, spec: Path) -> "Future[tuple[bool, Any]]":
        started.append(spec)
        return original(pools, spec)

    monkeypatch.setattr(workers, "start_validation", start_validation)
    paths: dict[str, Any] = {
        f"/pets{i}": {
            "get": {"description": "x" * 1500, "responses": {"200": {"description": "ok"}}}
        }
        for i in range(300)
    }
    paths["/bad"] = {"get": {"responses": {"200": {"description": 5}}}}
    spec = write_spec(tmp_path / "big.json", minimal_spec(paths=paths))
    assert spec.stat().st_size > workers.PARALLEL_SPEC_BYTES
    assert cli.main(["generate", str(spec), "--out", str(tmp_path / "out"), "-q"]) == 2
    assert started == [spec]
    error = capsys.readouterr().err
    assert "#/paths/~1bad/get/responses/200/description" in error and error.count("\n") == 1
    assert not (tmp_path / "out").exists()


def _xml_and_json(padding: int) -> dict[str, Any]:
    """A document whose ``Xml`` schema only an XML body uses (no class for it)
    and whose ``Pet`` a JSON response uses; ``padding`` long paths make it large."""
    paths: dict[str, Any] = {
        f"/pad{i}": {
            "get": {"description": "x" * 1500, "responses": {"200": {"description": "ok"}}}
        }
        for i in range(padding)
    }
    paths["/pets"] = {
        "get": {
            "operationId": "getPet",
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                    },
                }
            },
        },
        "post": {
            "operationId": "putXml",
            "requestBody": {
                "content": {"text/xml": {"schema": {"$ref": "#/components/schemas/Xml"}}}
            },
            "responses": {"204": {"description": "done"}},
        },
    }
    schemas = {
        "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
        "Xml": {"type": "object", "properties": {"raw": {"type": "string"}}},
    }
    return minimal_spec(paths=paths, schemas=schemas)


def test_the_early_worker_finds_the_unused_schemas_the_build_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """generator.early answers as the build's own pass does, keeps the parsed
    document for the validation after it, and leaves Swagger 2.0 and a
    document it cannot read to the build."""
    monkeypatch.setattr(loader, "_PARSED", {})
    spec = write_spec(tmp_path / "doc.json", _xml_and_json(padding=2))
    found = early.unused_schemas_of(spec)
    assert found == unused_schemas(loader.read_document(spec)) == frozenset({"Xml"})
    assert loader._PARSED[str(spec)] == loader.read_document(spec)
    assert loader.validate_file(spec) == (True, [])  # validated from the kept document
    swagger = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    assert early.unused_schemas_of(write_spec(tmp_path / "swagger.json", swagger)) is None
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert early.unused_schemas_of(broken) is None


def test_the_command_line_takes_the_unused_schemas_from_the_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For a large document the build does not walk it for unused schemas: the
    worker's answer, found while this process imported the generator, is used,
    and the output is what the build's own pass gives."""
    spec = write_spec(tmp_path / "big.json", _xml_and_json(padding=300))
    assert spec.stat().st_size > workers.PARALLEL_SPEC_BYTES
    serial = pipeline.generate(spec, ["python"], package="pkg", workers=1)
    walked: list[int] = []

    def unused_here(doc: dict[str, Any]) -> frozenset[str]:
        walked.append(1)
        return unused_schemas(doc)

    monkeypatch.setattr(irbuild_api, "unused_schemas", unused_here)  # this process only
    out = tmp_path / "out"
    assert cli.main(["generate", str(spec), "--out", str(out), "--package", "pkg", "-q"]) == 0
    assert walked == []
    written = {
        str(path.relative_to(out)): path.read_text(encoding="utf-8")
        for path in out.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert {p: t for p, t in written.items() if p in serial.files} == serial.files
    assert "class Pet" in "".join(serial.files.values())
    assert "class Xml" not in "".join(serial.files.values())


def test_heroku_output_needs_no_black() -> None:
    """Every chunk of the Heroku client, CLI included, is laid out by the
    templates: a template change that starts needing black shows up here (as a
    slower generation it would otherwise go unnoticed)."""
    config = heroku_config()
    api = pipeline.builder.build(loader.read_document(SPEC), str(SPEC))
    options = pipeline.options_for(api, config, None)
    for name in pipeline.default_targets(config):
        target = targets.load(name)
        if target.formatter != "black":
            continue
        for path, text in render.render(target, api, options).items():
            if path.endswith(".py"):
                for chunk in formatting.split_chunks(text):
                    assert formatting.unvouched_line(chunk) is None, path
