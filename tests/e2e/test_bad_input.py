"""Every kind of unusable input gives one clear line, exit status 2, no traceback,
and leaves the output directory exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import minimal_spec, run_cli, tree_snapshot, write_spec


@pytest.fixture
def out(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    (out / "pkg").mkdir(parents=True)
    (out / "pkg" / "__init__.py").write_text("# previous output\n")
    return out


def _bad(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


def _broken_ref(tmp_path: Path) -> Path:
    doc = minimal_spec(
        {
            "/things": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Nope"}
                                }
                            },
                        }
                    }
                }
            }
        }
    )
    return write_spec(tmp_path / "ref.yaml", doc)


def _rejected(tmp_path: Path) -> Path:
    doc = minimal_spec({"/x": {"get": {"responses": {"200": {"description": "ok"}}}}})
    del doc["info"]["version"]
    return write_spec(tmp_path / "rejected.json", doc)


def _wrong_type_deep_in_paths(tmp_path: Path) -> Path:
    """Found by the document check against the OpenAPI meta-schema (the Rust
    engine's job first, then the Python one's for the report)."""
    doc = minimal_spec(
        {
            "/pets/{petId}": {
                "get": {
                    "tags": "pets",
                    "parameters": [
                        {
                            "name": "petId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        }
    )
    return write_spec(tmp_path / "deep.json", doc)


def _swagger2_duplicate_enum(tmp_path: Path) -> Path:
    """Swagger 2.0's meta-schema takes ``enum`` from the draft 4 meta-schema,
    where values must be unique (the Rust engine's own copy of draft 4 lets
    duplicates through)."""
    doc = {
        "swagger": "2.0",
        "info": {"title": "Test API", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "parameters": [
                        {"name": "kind", "in": "query", "type": "string", "enum": ["cat", "cat"]}
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }
    return write_spec(tmp_path / "swagger.yaml", doc)


CASES = {
    "missing file": (lambda tmp: tmp / "absent.yaml", "absent.yaml: no such file"),
    "not YAML or JSON": (
        lambda tmp: _bad(tmp, "bad.yaml", "openapi: [unclosed\n  - : :"),
        "bad.yaml: invalid YAML at line",
    ),
    "broken JSON": (
        lambda tmp: _bad(tmp, "bad.json", '{"openapi": "3.1.0",'),
        "bad.json: invalid JSON at line 1",
    ),
    "binary": (
        lambda tmp: _bad(tmp, "blob.yaml", b"\xff\xfe\x00\x01"),
        "blob.yaml: not UTF-8 text",
    ),
    "YAML but not OpenAPI": (
        lambda tmp: _bad(tmp, "other.yaml", "name: value\nlist: [1, 2]\n"),
        "other.yaml#/openapi: not an OpenAPI document",
    ),
    "a YAML list": (
        lambda tmp: _bad(tmp, "list.yaml", "- a\n- b\n"),
        "list.yaml: expected a mapping at the top level",
    ),
    "rejected by the validator": (
        _rejected,
        "rejected.json#/info: invalid OpenAPI 3.1.0: 'version' is a required property",
    ),
    "wrong type deep inside paths": (
        _wrong_type_deep_in_paths,
        "deep.json#/paths/~1pets~1{petId}/get/tags: "
        "invalid OpenAPI 3.1.0: 'pets' is not of type 'array'",
    ),
    "Swagger 2.0 enum listing a value twice": (
        _swagger2_duplicate_enum,
        "swagger.yaml#/paths/~1pets/get/parameters/0: invalid OpenAPI 2.0: ",
    ),
    "$ref to nothing": (
        _broken_ref,
        "ref.yaml#/paths/~1things/get/responses/200/content/application~1json/schema/$ref: "
        "$ref '#/components/schemas/Nope' points to nothing",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_one_clear_line(case: str, tmp_path: Path, out: Path) -> None:
    make, expected = CASES[case]
    spec = make(tmp_path)
    before = tree_snapshot(out)
    result = run_cli("generate", str(spec), "--out", str(out))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and str(spec.parent) in lines[0]
    assert expected in lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    assert tree_snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == sorted(
        p.name for p in out.parent.iterdir() if not p.name.startswith(".out.")
    ), "no staging directories left behind"


def test_unknown_target_is_a_clear_error(tmp_path: Path, out: Path) -> None:
    spec = write_spec(tmp_path / "ok.yaml", minimal_spec())
    result = run_cli("generate", str(spec), "--out", str(out), "--target", "cobol")
    assert result.returncode == 2
    assert "unknown target 'cobol'" in result.stderr and "python" in result.stderr


def test_internal_errors_ask_for_a_report_without_a_traceback(
    tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A shipped template failing is our bug, not the user's (a user's own
    override rendering invalid Python is theirs: tests/test_safety_input.py)."""
    from generator import cli, escaping

    def broken(text: str, indent: int = 0) -> str:
        raise RuntimeError("a shipped filter broke")

    monkeypatch.setattr(escaping, "docstring_body", broken)
    monkeypatch.setenv("OPENAPI_PYGEN_CACHE", "off")
    spec = write_spec(tmp_path / "ok.yaml", minimal_spec())
    before = tree_snapshot(out)
    assert cli.main(["generate", str(spec), "--out", str(out)]) == 3
    err = capsys.readouterr().err
    assert "This is a bug in the generator" in err and "--debug" in err
    assert "Traceback" not in err
    assert tree_snapshot(out) == before
    assert cli.main(["generate", str(spec), "--out", str(out), "--debug"]) == 3
    assert "Traceback" in capsys.readouterr().err
