"""Lenient by default, strict on request, through the command line.

Each small document of ``tests/fixtures/lenient/`` has one problem that does
not stop a correct client from being built (a pattern Python's ``re`` cannot
compile, a default that breaks its schema, a draft 4 bound in 3.1, an unknown
``$schema`` dialect) or a feature the client skips (callbacks, XML bodies,
webhooks).  By default the client is generated and the summary counts the
warning, each naming its pointer; ``--strict`` or the config's ``strict: true``
refuses the document in one line with that pointer (exit 2) and writes nothing.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from generator import cli
from helpers import ROOT

LENIENT = ROOT / "tests" / "fixtures" / "lenient"
WEBHOOKS = ROOT / "tests" / "fixtures" / "webhooks_only.yaml"

# document -> the pointers its warnings name, in order
EXPECTED = {
    "pattern_unicode": ["/paths/~1names/get/parameters/0/schema/pattern"],
    "example_mismatch": ["/components/schemas/Thing/properties/size/default"],
    "draft4_exclusive": ["/paths/~1scores/get/parameters/0/schema/exclusiveMaximum"],
    "unknown_dialect": [
        "/paths/~1items/get/responses/200/content/application~1json/schema/$schema"
    ],
    "skipped_features": [
        "/paths/~1pets/post/requestBody/content/application~1xml",
        "/paths/~1subscriptions/post/callbacks/onEvent",
    ],
}


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(["generate", *args])
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYGEN_CACHE", str(tmp_path / "cache"))


@pytest.mark.parametrize("name", list(EXPECTED))
def test_lenient_by_default(name: str, tmp_path: Path) -> None:
    spec = LENIENT / f"{name}.yaml"
    status, out, err = run(str(spec), "--out", str(tmp_path / "out"))
    assert status == cli.EXIT_OK, err
    assert f"{len(EXPECTED[name])} warnings" in out
    warned = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert [w.split("#", 1)[1].split(": ", 1)[0] for w in warned] == EXPECTED[name]
    assert (tmp_path / "out").is_dir()


@pytest.mark.parametrize("name", list(EXPECTED))
def test_strict_refuses_with_the_pointer(name: str, tmp_path: Path) -> None:
    spec = LENIENT / f"{name}.yaml"
    status, out, err = run(str(spec), "--out", str(tmp_path / "out"), "--strict")
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(f"error: {spec}#{EXPECTED[name][0]}: ")
    assert "an error under --strict" in err
    assert not (tmp_path / "out").exists()


def test_strict_from_the_config(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("strict: true\n")
    spec = LENIENT / "pattern_unicode.yaml"
    status, _, err = run(str(spec), "--out", str(tmp_path / "out"), "--config", str(config))
    assert status == 2 and f"#{EXPECTED['pattern_unicode'][0]}: " in err
    config.write_text("strict: yes please\n")
    status, _, err = run(str(spec), "--out", str(tmp_path / "out"), "--config", str(config))
    assert status == 2 and err == f"error: {config}: config key 'strict' must be true or false\n"


def test_a_clean_document_passes_strict(tmp_path: Path) -> None:
    spec = ROOT / "tests" / "fixtures" / "features" / "enums.yaml"
    clean = ROOT / "tests" / "fixtures" / "features" / "operation_ids.yaml"
    status, _, err = run(str(clean), "--out", str(tmp_path / "a"), "--strict")
    assert status == cli.EXIT_OK, err
    status, _, err = run(str(spec), "--out", str(tmp_path / "b"), "--strict")
    assert status == 2  # its mixed-type enum is a warning, so an error here


def test_webhooks_only_document_reports_its_webhooks(tmp_path: Path) -> None:
    status, out, err = run(str(WEBHOOKS), "--out", str(tmp_path / "py"))
    assert status == cli.EXIT_OK
    assert "0 generated" in out and "2 warnings" in out
    assert "#/webhooks/newPet/post: webhook 'newPet' (POST)" in err
    assert "#/webhooks/petGone/post: webhook 'petGone' (POST)" in err
    # The markdown target documents webhooks: nothing was skipped.
    status, out, err = run(str(WEBHOOKS), "--out", str(tmp_path / "md"), "--target", "markdown")
    assert status == cli.EXIT_OK and "0 warnings" in out and "webhook" not in err


def test_xml_operation_stays_callable_and_json_alternative_is_not_warned(tmp_path: Path) -> None:
    status, _, err = run(
        str(LENIENT / "skipped_features.yaml"), "--out", str(tmp_path / "out"), "--package", "skp"
    )
    assert status == cli.EXIT_OK
    # getPet answers JSON or XML: the client asks for JSON, nothing is skipped.
    assert "/paths/~1pets~1{id}" not in err
    # addPet's XML request and responses: one warning for the operation and media type.
    assert err.count("application/xml is not decoded") == 1
    api = (tmp_path / "out" / "skp" / "api" / "default.py").read_text()
    add_pet = api.split("def add_pet(")[1].split("def ")[0]
    assert "body: _rt.RawBody" in add_pet and ") -> str:" in add_pet
