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

from generator import cli, formatting, loader, pipeline, render, targets, workers
from generator.errors import SpecError
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
