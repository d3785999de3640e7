"""The generator never fetches or reads what a document points at, prints each
problem on one bounded line, runs no code from outside the shipped and
--templates folders, keeps spec text's bidirectional controls out of generated
files, and reports the user's own mistakes (templates, config, a full disk) as
theirs: one line naming their file, exit 2."""

from __future__ import annotations

import http.server
import json
import os
import resource
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from generator import cli, escaping, loader
from generator.errors import MAX_LINE, SpecError
from helpers import ROOT, minimal_spec, models_source, write_spec

SECRET = "TOP-SECRET-MARKER-7f3a"
BIDI_CHARS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def run(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """The real command line, with no validation cache (a cached verdict would
    skip the validator whose behaviour is under test)."""
    env = dict(os.environ, OPENAPI_PYGEN_CACHE="off")
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        **kwargs,
    )


def one_error_line(result: subprocess.CompletedProcess[str], status: int = 2) -> str:
    assert result.returncode == status, result.stderr[-2000:]
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "bug in the generator" not in result.stderr
    return lines[0]


# -- 1. Nothing a document points at is fetched or read


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        type(self).hits.append(self.path)
        body = json.dumps({"type": "integer", "enum": [SECRET]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that serves a schema holding the secret and
    records every request."""
    hits: list[str] = []
    handler = type("Recorder", (_Recorder,), {"hits": hits})
    httpd = http.server.HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/metadata/token", hits
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def secret_file(tmp_path: Path) -> str:
    path = tmp_path / "credentials.json"
    path.write_text(json.dumps({"type": "integer", "enum": [SECRET]}))
    return path.as_uri()


def _pointing_spec(tmp_path: Path, keyword: str, url: str) -> Path:
    """A schema whose ``default`` the validator checks against it, so a
    validator that follows ``keyword`` would fetch ``url`` to do so."""
    schema = {"type": "object", "properties": {"x": {keyword: url, "default": "zz"}}}
    return write_spec(tmp_path / "spec.yaml", minimal_spec(schemas={"A": schema}))


@pytest.mark.parametrize("keyword", ["$dynamicRef", "$recursiveRef", "$ref"])
@pytest.mark.parametrize("where", ["http", "file"])
def test_reference_keywords_are_refused_without_fetching(
    tmp_path: Path,
    server: tuple[str, list[str]],
    secret_file: str,
    keyword: str,
    where: str,
) -> None:
    url, hits = server
    target = url if where == "http" else secret_file
    result = run(
        "generate", str(_pointing_spec(tmp_path, keyword, target)), "--out", str(tmp_path / "o")
    )
    line = one_error_line(result)
    assert hits == []
    assert SECRET not in result.stderr + result.stdout
    assert f"#/components/schemas/A/properties/x/{keyword}: external reference" in line
    assert target in line
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("keyword", ["$dynamicRef", "$ref"])
@pytest.mark.parametrize("where", ["http", "file"])
def test_the_validator_itself_retrieves_nothing(
    tmp_path: Path,
    server: tuple[str, list[str]],
    secret_file: str,
    keyword: str,
    where: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the up-front reference check switched off, the validator's own
    registries still refuse, and the error still names the pointer."""
    monkeypatch.setattr(loader, "check_refs", lambda name, doc: None)
    url, hits = server
    target = url if where == "http" else secret_file
    doc = yaml.safe_load(_pointing_spec(tmp_path, keyword, target).read_text())
    with pytest.raises(SpecError) as raised:
        loader.validate_document("spec.yaml", doc)
    assert hits == []
    assert SECRET not in str(raised.value)
    assert raised.value.pointer == f"/components/schemas/A/properties/x/{keyword}"
    assert raised.value.message.startswith(f"external reference {target!r} is not supported")


@pytest.mark.parametrize(
    "schema",
    [
        {"$schema": "{url}", "type": "string", "default": 1},
        {"$id": "{url}/", "$dynamicRef": "#meta", "default": 1},
        {"$id": "{url}/", "$ref": "#/components/schemas/C", "default": 1},
        {"$id": "{url}/", "properties": {"y": {"$dynamicRef": "#meta", "default": 1}}},
    ],
)
def test_addresses_in_schemas_are_never_looked_up(
    tmp_path: Path, server: tuple[str, list[str]], schema: dict[str, Any]
) -> None:
    url, hits = server
    filled = json.loads(json.dumps(schema).replace("{url}", url))
    spec = minimal_spec(schemas={"A": filled, "C": {"type": "string"}})
    result = run(
        "generate", str(write_spec(tmp_path / "s.json", spec)), "--out", str(tmp_path / "o")
    )
    assert result.returncode in (0, 2), result.stderr
    assert hits == []
    assert SECRET not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


# -- 2. Error lines are bounded


def test_alias_expanded_value_gives_one_short_line(tmp_path: Path) -> None:
    lines = ["openapi: 3.1.0", 'info: {title: T, version: "1"}']
    lines.append('x-a: &a ["lol\\nlol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]')
    for name, previous in zip("bcde", "abcd"):
        lines.append(f"x-{name}: &{name} [" + ", ".join([f"*{previous}"] * 8) + "]")
    lines.append("paths: *e")
    spec = tmp_path / "bomb.yaml"
    spec.write_text("\n".join(lines) + "\n")
    assert spec.stat().st_size < 600
    line = one_error_line(run("generate", str(spec), "--out", str(tmp_path / "o")))
    assert len(line) <= len("error: ") + MAX_LINE
    assert line.startswith(f"error: {spec}")


def test_huge_value_and_line_breaks_in_a_message_stay_one_short_line(tmp_path: Path) -> None:
    spec = minimal_spec()
    spec["paths"] = {"/a\nb\u202e": "x" * 200_000}
    result = run(
        "generate", str(write_spec(tmp_path / "s.json", spec)), "--out", str(tmp_path / "o")
    )
    line = one_error_line(result)
    assert len(line) <= len("error: ") + MAX_LINE
    assert "\\n" in line and "\\u202e" in line and "\u202e" not in line


# -- 3. Targets are names, never paths


def _evil_target(folder: Path, marker: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "target.yaml").write_text("description: evil\nfiles: []\n")
    (folder / "hooks.py").write_text(f"open({str(marker)!r}, 'w').write('ran')\n")
    return folder


@pytest.mark.parametrize("style", ["relative", "absolute"])
def test_config_targets_cannot_name_a_folder_elsewhere(tmp_path: Path, style: str) -> None:
    marker = tmp_path / "hooks-ran"
    evil = _evil_target(tmp_path / "evil", marker)
    name = os.path.relpath(evil, ROOT / "templates") if style == "relative" else str(evil)
    config = tmp_path / "gen.yaml"
    config.write_text(yaml.safe_dump({"targets": [name]}))
    spec = write_spec(tmp_path / "s.yaml", minimal_spec())
    result = run("generate", str(spec), "--out", str(tmp_path / "o"), "--config", str(config))
    line = one_error_line(result)
    assert not marker.exists()
    assert line.startswith(f"error: {config}: config key 'targets'")
    assert "not a target name" in line


def test_command_line_target_cannot_be_a_path(tmp_path: Path) -> None:
    marker = tmp_path / "hooks-ran"
    evil = _evil_target(tmp_path / "evil", marker)
    spec = write_spec(tmp_path / "s.yaml", minimal_spec())
    for name in (os.path.relpath(evil, ROOT / "templates"), str(evil)):
        result = run("generate", str(spec), "--out", str(tmp_path / "o"), "--target", name)
        assert "is not a target name" in one_error_line(result)
    assert not marker.exists()


def test_a_target_in_the_templates_folder_still_works(tmp_path: Path) -> None:
    folder = tmp_path / "mine" / "notes"
    folder.mkdir(parents=True)
    (folder / "target.yaml").write_text("files:\n  - {template: notes.txt.j2, output: notes.txt}\n")
    (folder / "notes.txt.j2").write_text("{{ api.title }}\n")
    config = tmp_path / "gen.yaml"
    config.write_text("targets: [notes]\n")
    spec = write_spec(tmp_path / "s.yaml", minimal_spec())
    result = run(
        "generate", str(spec), "--out", str(tmp_path / "o"),
        "--config", str(config), "--templates", str(tmp_path / "mine"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o" / "notes.txt").read_text() == "Test API\n"


# -- 4. No bidirectional control characters in generated files


def _bidi_spec(path: Path) -> Path:
    b = BIDI_CHARS
    op = {
        "operationId": f"getThing{b}",
        "summary": f"sum {b}",
        "description": f"d {b}",
        "tags": [f"things{b}"],
        "parameters": [
            {"name": "id", "in": "path", "required": True, "description": f"p {b}",
             "schema": {"type": "string"}},
            {"name": f"q{b}", "in": "query", "description": f"q {b}",
             "schema": {"type": "string", "default": f"dflt{b}"}},
        ],
        "responses": {"200": {"description": f"ok {b}", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Thing"}}}}},
    }  # fmt: skip
    thing = {
        "type": "object",
        "title": f"T{b}",
        "description": f"thing {b}",
        "properties": {
            f"na{b}me": {"type": "string", "description": f"n {b}", "example": f"ex{b}"},
            "kind": {"$ref": "#/components/schemas/Kind"},
        },
    }
    kind = {"type": "string", "enum": [f"a{b}", f"b{b}c"], "description": f"k {b}"}
    spec = minimal_spec({"/things/{id}": {"get": op}}, {"Thing": thing, "Kind": kind})
    spec["info"].update(title=f"Bidi{b} API", version=f"1{b}", description=f"desc {b} end")
    spec["tags"] = [{"name": f"things{b}", "description": f"tag {b}"}]
    return write_spec(path, spec)


def test_bidi_controls_are_escaped_in_every_target(tmp_path: Path) -> None:
    spec = _bidi_spec(tmp_path / "bidi.json")
    assert BIDI_CHARS in json.loads(spec.read_text())["info"]["title"]
    out = tmp_path / "o"
    result = run(
        "generate", str(spec), "--out", str(out), "--package", "bidi",
        "--target", "python", "--target", "cli", "--target", "markdown",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    files = [p for p in out.rglob("*") if p.is_file()]
    assert {p.suffix for p in files} >= {".py", ".md", ".toml"}
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not [c for c in BIDI_CHARS if c in text], path
    docs = "".join(p.read_text() for p in (out / "docs").glob("*.md"))
    assert "&#x202E;" in docs
    assert "\\u202e" in models_source(out / "bidi")
    check = (
        "import bidi, bidi.cli, bidi.models as m; "
        f"assert [k.value for k in m.Kind] == {[f'a{BIDI_CHARS}', f'b{BIDI_CHARS}c']!r}"
    )
    imported = subprocess.run(
        [sys.executable, "-c", check], cwd=out, capture_output=True, text=True, timeout=120
    )
    assert imported.returncode == 0, imported.stderr


def test_escaping_filters_escape_each_bidi_control() -> None:
    for char in BIDI_CHARS:
        escaped = f"\\u{ord(char):04x}"
        for text in (
            escaping.docstring_body(f"a{char}b"),
            escaping.comment(f"a{char}b"),
            escaping.literal(f"a{char}b"),
            escaping.toml_string(f"a{char}b"),
            escaping.json_text([f"a{char}b"]),
        ):
            assert char not in text and escaped in text


# -- 5. The user's own mistakes are theirs: one line naming their file


def _spec(tmp_path: Path) -> Path:
    return write_spec(tmp_path / "s.yaml", minimal_spec())


def _override(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "tpl" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _generate_with(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run("generate", str(_spec(tmp_path)), "--out", str(tmp_path / "o"), *extra)


def test_template_syntax_error_names_the_override_and_line(tmp_path: Path) -> None:
    path = _override(tmp_path, "package/client.py.j2", "# ok\n# ok\n{% if %}\n")
    line = one_error_line(_generate_with(tmp_path, "--templates", str(tmp_path / "tpl")))
    assert line.startswith(f"error: {path}:3: template syntax error")


def test_undefined_variable_names_the_override_and_line(tmp_path: Path) -> None:
    path = _override(tmp_path, "package/client.py.j2", "# one\n# two\n{{ nope.attr }}\n")
    line = one_error_line(_generate_with(tmp_path, "--templates", str(tmp_path / "tpl")))
    assert line.startswith(f"error: {path}:3: UndefinedError")


def test_included_template_error_names_the_included_file(tmp_path: Path) -> None:
    _override(tmp_path, "package/client.py.j2", '{% include "part.j2" %}\n')
    part = _override(tmp_path, "part.j2", "x = 1\n{{ 1 / 0 }}\n")
    line = one_error_line(_generate_with(tmp_path, "--templates", str(tmp_path / "tpl")))
    assert line.startswith(f"error: {part}:2: ZeroDivisionError")


def test_override_rendering_invalid_python_names_the_override(tmp_path: Path) -> None:
    path = _override(tmp_path, "package/api/__init__.py.j2", "def broken(:\n    pass\n")
    line = one_error_line(_generate_with(tmp_path, "--templates", str(tmp_path / "tpl")))
    assert line.startswith(f"error: {path}: renders invalid Python")
    assert "api/__init__.py" in line


def test_included_override_rendering_invalid_python_names_the_override(tmp_path: Path) -> None:
    # module.py.j2 (shipped) includes model.py.j2 for each class: an override of
    # model.py.j2 that breaks the module is the user's mistake, not the generator's.
    path = _override(tmp_path, "package/models/model.py.j2", "class {{ model.name }}(:\n")
    pet = {"type": "object", "properties": {"name": {"type": "string"}}}
    spec = write_spec(tmp_path / "s.yaml", minimal_spec(schemas={"Pet": pet}))
    out = ["--out", str(tmp_path / "o"), "--templates", str(tmp_path / "tpl")]
    line = one_error_line(run("generate", str(spec), *out))
    assert line.startswith(f"error: {path}: renders invalid Python"), line
    assert "/models/" in line


def test_user_hooks_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    hooks = _override(tmp_path, "hooks.py", "FILTERS = {}\ndef oops(:\n")
    line = one_error_line(_generate_with(tmp_path, "--templates", str(tmp_path / "tpl")))
    assert line.startswith(f"error: {hooks}:2: hooks.py fails: SyntaxError")


def test_shipped_template_failure_is_still_a_generator_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(text: str, indent: int = 0) -> str:
        raise RuntimeError("shipped filter broke")

    monkeypatch.setattr(escaping, "docstring_body", broken)
    monkeypatch.setenv("OPENAPI_PYGEN_CACHE", "off")
    status = cli.main(["generate", str(_spec(tmp_path)), "--out", str(tmp_path / "o"), "-q"])
    assert status == cli.EXIT_BUG
    assert "bug in the generator" in capsys.readouterr().err


def test_unused_override_file_is_a_warning(tmp_path: Path) -> None:
    typo = _override(tmp_path, "package/clinet.py.j2", "# typo\n")
    result = _generate_with(tmp_path, "--templates", str(tmp_path / "tpl"))
    assert result.returncode == 0, result.stderr
    assert f"warning: {typo}: overrides no template of target python; not used" in (
        result.stderr.splitlines()
    )


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gen.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    "text, key",
    [
        ("default_headers: 5\n", "default_headers"),
        ('netrc: "maybe"\n', "netrc"),
        ("package: [1]\n", "package"),
        ("token_env: {a: 1}\n", "token_env"),
        ("package_version: [1]\n", "package_version"),
        ("targets: python\n", "targets"),
        ("default_headers: {X-A: [1]}\n", "default_headers"),
    ],
)
def test_wrong_typed_config_value_names_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    config = _config(tmp_path, text)
    line = one_error_line(_generate_with(tmp_path, "--config", str(config)))
    assert line.startswith(f"error: {config}: config key {key!r} must be ")


def test_unknown_config_key_is_a_warning(tmp_path: Path) -> None:
    config = _config(tmp_path, "package: fine\ntoken_evn: MY_TOKEN\n")
    result = _generate_with(tmp_path, "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert f"warning: {config}: unknown config key 'token_evn'" in result.stderr.splitlines()
    assert (tmp_path / "o" / "fine" / "client.py").is_file()


def test_report_on_a_full_disk_is_one_line(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    line = one_error_line(_generate_with(tmp_path, "--report", "/dev/full"))
    assert line.startswith("error: /dev/full: cannot write: No space left on device")


def _small_file_limit() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))


def test_output_that_does_not_fit_is_one_line_and_keeps_the_old_tree(tmp_path: Path) -> None:
    out = tmp_path / "o"
    spec = _spec(tmp_path)
    assert run("generate", str(spec), "--out", str(out), "--package", "old").returncode == 0
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    # Another package name changes every module, so the new run has to write.
    result = run(
        "generate", str(spec), "--out", str(out), "--package", "new", preexec_fn=_small_file_limit
    )
    line = one_error_line(result)
    assert line.startswith(f"error: {out}: cannot write")
    assert "File too large" in line
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == before


def test_output_under_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("")
    result = run("generate", str(_spec(tmp_path)), "--out", str(tmp_path / "afile" / "out"))
    line = one_error_line(result)
    assert line.startswith(f"error: {tmp_path / 'afile' / 'out'}: cannot write")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_output_parent_is_one_line(tmp_path: Path) -> None:
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        result = run("generate", str(_spec(tmp_path)), "--out", str(parent / "out"))
    finally:
        parent.chmod(0o755)
    assert "cannot write: Permission denied" in one_error_line(result)


def test_unknown_configured_target_names_the_config(tmp_path: Path) -> None:
    config = _config(tmp_path, "targets: [python, cobol]\n")
    line = one_error_line(_generate_with(tmp_path, "--config", str(config)))
    assert line.startswith(f"error: {config}: config key 'targets': unknown target 'cobol'")


def test_rust_engine_retrieves_nothing(server: tuple[str, list[str]], secret_file: str) -> None:
    """jsonschema-rs compiles only the meta-schemas, but with a retriever that
    refuses, so not even a reference in one of those could be fetched."""
    from generator import spec_validators

    if spec_validators.jsonschema_rs is None:
        pytest.skip("jsonschema-rs is not installed")
    url, hits = server
    for target in (url, secret_file):
        for keyword in ("$ref", "$dynamicRef"):
            with pytest.raises(Exception, match="not present in a registry") as raised:
                spec_validators._rust_validator({keyword: target})
            assert SECRET not in str(raised.value)
    assert hits == []


def test_users_manifest_expression_error_names_the_manifest(tmp_path: Path) -> None:
    folder = tmp_path / "mine" / "notes"
    folder.mkdir(parents=True)
    manifest = folder / "target.yaml"
    manifest.write_text("files:\n  - {template: n.j2, output: '{{ nope.x }}.txt'}\n")
    (folder / "n.j2").write_text("x\n")
    result = _generate_with(tmp_path, "--templates", str(tmp_path / "mine"), "--target", "notes")
    line = one_error_line(result)
    assert line.startswith(f"error: {manifest}: files[0]: UndefinedError")


def test_files_of_other_targets_in_the_templates_folder_are_not_reported(tmp_path: Path) -> None:
    folder = tmp_path / "tpl" / "notes"
    folder.mkdir(parents=True)
    (folder / "target.yaml").write_text("files:\n  - {template: n.j2, output: n.txt}\n")
    (folder / "n.j2").write_text("x\n")
    used = _override(tmp_path, "package/py.typed.j2", "")
    result = _generate_with(tmp_path, "--templates", str(tmp_path / "tpl"))
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    assert used.is_file()
