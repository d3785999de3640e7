"""The config's ``error_schema`` key: checked as the user's own mistake (one
line naming the file and key), and built into the IR as one model given to
every operation, after the document's component names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import config as config_module
from generator import ir
from generator.errors import GeneratorError
from generator.irbuild import build
from helpers import minimal_spec

GOOD = {"title": "Fault", "properties": {"code": {"type": "string"}}}


@pytest.mark.parametrize(
    "value",
    [
        "Error",
        {"type": "array", "items": {"type": "string"}},
        {"properties": {}},
        {"properties": {"code": {"$ref": "#/components/schemas/Code"}}},
        {"properties": {"code": "string"}},
        {"title": "", "properties": {"code": {"type": "string"}}},
    ],
)
def test_bad_error_schema_names_file_and_key(tmp_path: Path, value: Any) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump({"error_schema": value}))
    with pytest.raises(GeneratorError) as caught:
        config_module.load(path)
    assert str(caught.value).startswith(f"{path}: config key 'error_schema' must be")


def test_good_error_schema_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump({"error_schema": GOOD}))
    assert config_module.load(path) == ({"error_schema": GOOD}, [])


def _doc() -> dict[str, Any]:
    get = {"responses": {"200": {"description": "ok"}}}
    return minimal_spec({"/a": {"get": {"operationId": "getA", **get}}})


def test_every_operation_gets_the_model() -> None:
    api = build(_doc(), error_schema=GOOD)
    (op,) = api.operations
    assert op.default_error == ir.ModelRef("Fault")
    (model,) = [m for m in api.models if m.name == "Fault"]
    assert [f.name for f in model.fields] == ["code"]


def test_without_the_key_nothing_is_added() -> None:
    api = build(_doc())
    assert api.operations[0].default_error is None and not api.models


def test_untitled_schema_is_error() -> None:
    api = build(_doc(), error_schema={"properties": {"id": {"type": "string"}}})
    assert api.operations[0].default_error == ir.ModelRef("Error")
