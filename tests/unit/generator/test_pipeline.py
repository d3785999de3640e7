"""The pipeline's parallel path: validation in a forked worker that inherits the
parsed document, while the main process renders and formats.

Large documents take this path by default (generator.pipeline.PARALLEL_SPEC_BYTES);
here ``workers=2`` forces it on small ones, with the cache off so the worker
really validates.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import formatting, loader, pipeline, render, targets
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
