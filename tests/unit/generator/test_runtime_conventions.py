"""The runtime is copied, not rendered, and an API's conventions come from its
config: the ``copy`` manifest key, the config keys that set the generated
Client's conventions (validated, one line naming the file and key), neutral
defaults for an API that configures none, and Heroku's own in its config."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator import config as config_module
from generator import pipeline
from generator.errors import GeneratorError, TargetError
from helpers import GENERATED, ROOT, minimal_spec, run_cli, write_spec

RUNTIME = ROOT / "templates" / "python" / "runtime" / "_runtime"
PATHS = {
    "/things/{id}": {
        "get": {
            "operationId": "getThing",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}},
        }
    }
}  # fmt: skip


def spec(tmp_path: Path) -> Path:
    return write_spec(tmp_path / "api.yaml", minimal_spec(PATHS, servers=[{"url": "http://h"}]))


def test_runtime_is_copied_byte_for_byte(tmp_path: Path) -> None:
    result = pipeline.generate(spec(tmp_path), ["python"], config={"package": "thing"})
    copied = {
        rel[len("thing/_runtime/") :]: text
        for rel, text in result.files.items()
        if rel.startswith("thing/_runtime/")
    }
    source = {p.name: p.read_text(encoding="utf-8") for p in RUNTIME.glob("*.py")}
    assert copied == source and "_client.py" in copied
    assert "thing/_runtime.py" not in result.files
    # And the committed Heroku client carries the same files.
    committed = GENERATED / "heroku_platform_api" / "_runtime"
    assert {p.name: p.read_bytes() for p in committed.glob("*.py")} == {
        p.name: p.read_bytes() for p in RUNTIME.glob("*.py")
    }


def own_target(root: Path, copy: str) -> Path:
    folder = root / "copier"
    (folder / "lib" / "__pycache__").mkdir(parents=True)
    (folder / "target.yaml").write_text(
        "format: none\nfiles:\n  - {template: a.txt.j2, output: a.txt}\n" + copy
    )
    (folder / "a.txt.j2").write_text("{{ api.title }}\n")
    (folder / "lib" / "one.py").write_bytes(b"x = 1  # \xc3\xa9, kept as is\r\n")
    (folder / "lib" / "sub").mkdir()
    (folder / "lib" / "sub" / "two.txt").write_text("{{ not rendered }}\n")
    (folder / "lib" / "__pycache__" / "one.cpython-311.pyc").write_bytes(b"\0")
    (folder / "lib" / ".hidden").write_text("no\n")
    (folder / "lib" / "stale.pyc").write_bytes(b"\0")
    return folder


def test_copy_manifest_key(tmp_path: Path) -> None:
    folder = own_target(tmp_path, 'copy:\n  - {from: lib, to: "{{ options.package }}/lib"}\n')
    result = pipeline.generate(
        spec(tmp_path), ["copier"], config={"package": "pkg"}, templates=folder
    )
    assert result.files == {
        "a.txt": "Test API\n",
        "pkg/lib/one.py": "x = 1  # é, kept as is\r\n",
        "pkg/lib/sub/two.txt": "{{ not rendered }}\n",
    }


@pytest.mark.parametrize(
    "copy, message",
    [
        ("copy: lib\n", "copy must be a list"),
        ("copy:\n  - {from: lib}\n", "copy[0] needs 'from' and 'to'"),
        ("copy:\n  - {from: ../lib, to: x}\n", "'from' must be a path inside the target folder"),
        ("copy:\n  - {from: /etc, to: x}\n", "'from' must be a path inside the target folder"),
        ("copy:\n  - {from: nothing, to: x}\n", "'nothing' not found in the target folder"),
        ("copy:\n  - {from: lib, to: ../x}\n", "leaves the output directory"),
        ("copy:\n  - {from: lib/one.py, to: a.txt}\n", "two files render to a.txt"),
        ("copy:\n  - {from: link, to: x}\n", "leads outside the target folder"),
        ("copy:\n  - {from: bin, to: x}\n", "copy only copies UTF-8 text files"),
    ],
)
def test_copy_mistakes_are_the_users(tmp_path: Path, copy: str, message: str) -> None:
    folder = own_target(tmp_path / "t", copy)
    (tmp_path / "outside.txt").write_text("secret\n")
    os.symlink(tmp_path / "outside.txt", folder / "link")
    (folder / "bin").write_bytes(b"\xff\xfe\0")
    with pytest.raises(TargetError, match=re.escape(message)):
        pipeline.generate(spec(tmp_path), ["copier"], templates=folder)


def test_copy_mistake_on_the_command_line(tmp_path: Path) -> None:
    folder = own_target(tmp_path / "t", "copy:\n  - {from: ../lib, to: x}\n")
    done = run_cli(
        "generate", str(spec(tmp_path)), "--out", str(tmp_path / "out"),
        "--templates", str(folder), "--target", "copier",
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "target.yaml: copy[0]" in done.stderr and not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "key, value",
    [
        ("errors", {"id": 3}),
        ("errors", {"message": ["ok", "two words"]}),
        ("errors", {"code": "id"}),
        ("errors", "message"),
        ("request_id_header", "X-Id: 1"),
        ("request_id_header", []),
        ("rate_limit_header", ["ok", 5]),
        ("auth_scheme", "Bearer x"),
        ("auth_scheme", True),
    ],
)
def test_bad_convention_values(tmp_path: Path, key: str, value: Any) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(f"{key}: {value!r}\n".replace("'", '"').replace("True", "true"))
    with pytest.raises(GeneratorError) as caught:
        config_module.load(path)
    assert str(caught.value).startswith(f"{path}: config key {key!r} must be")


def generated_client(tmp_path: Path, conventions: dict[str, Any], package: str) -> Any:
    out = tmp_path / "out"
    result = pipeline.generate(
        spec(tmp_path), ["python"], config={"package": package, **conventions}
    )
    for rel, text in result.files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text)
    sys.path.insert(0, str(out))
    try:
        return (
            importlib.import_module(f"{package}.client").Client,
            result.files[f"{package}/client.py"],
        )
    finally:
        sys.path.remove(str(out))


def test_configured_conventions_become_client_attributes(tmp_path: Path) -> None:
    conventions = {
        "token_env": "THING_TOKEN",
        "netrc": True,
        "auth_scheme": "Token",
        "errors": {"id": "error.code", "message": ["error.message", "detail"]},
        "request_id_header": "X-Trace-Id",
        "rate_limit_header": ["X-Left"],
    }
    client, source = generated_client(tmp_path, conventions, "conv_set")
    # The shorthands declare the one token of a document without security schemes.
    (scheme,) = client.SECURITY_SCHEMES.values()
    assert (scheme.name, scheme.kind, scheme.argument) == ("token", "bearer", "token")
    assert scheme.env == "THING_TOKEN" and scheme.netrc is True and scheme.prefix == "Token"
    assert client.SECURITY == (("token",),)
    assert client.ERROR_ID_FIELDS == ("error.code",)
    assert client.ERROR_MESSAGE_FIELDS == ("error.message", "detail")
    assert client.REQUEST_ID_HEADERS == ("X-Trace-Id",)
    assert client.RATE_LIMIT_HEADERS == ("X-Left",)
    assert "then the netrc entry" in source


def test_unconfigured_api_gets_neutral_defaults(tmp_path: Path) -> None:
    client, source = generated_client(tmp_path, {}, "conv_none")
    # No security scheme in the document, none configured: nothing to send or need.
    assert client.SECURITY_SCHEMES == {} and client.SECURITY == ()
    assert "netrc" not in client.__doc__ and "no credentials" in client.__doc__
    for name in ("ERROR_ID_FIELDS", "REQUEST_ID_HEADERS", "RATE_LIMIT_HEADERS"):
        assert name not in source  # inherited from the runtime's BaseClient
    assert "message" in client.ERROR_MESSAGE_FIELDS and "detail" in client.ERROR_MESSAGE_FIELDS
    assert client.REQUEST_ID_HEADERS == ("X-Request-Id", "Request-Id")


def test_heroku_conventions_come_from_its_config() -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent("""\
            from heroku_platform_api import Client
            s = Client.SECURITY_SCHEMES["BearerAuth"]
            print(s.env, s.netrc, s.prefix, Client.ERROR_ID_FIELDS,
                  Client.ERROR_MESSAGE_FIELDS, Client.REQUEST_ID_HEADERS, Client.RATE_LIMIT_HEADERS)
            """)],
        cwd=GENERATED, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.stdout.split(" ", 3)[:3] == ["HEROKU_API_KEY", "True", "Bearer"], done.stderr
    assert done.stdout.split(" ", 3)[3].strip() == (
        "('id',) ('message',) ('Request-Id',) ('RateLimit-Remaining',)"
    )


@pytest.mark.parametrize(
    "conventions, line",
    [
        ({}, "The document declares no security scheme: the Python client sends no credentials."),
        ({"token_env": "T"}, "`token`: a token sent as `Authorization: Bearer ...`."),
        ({"auth_scheme": "Token"}, "`token`: a token sent as `Authorization: Token ...`."),
        ({"auth_scheme": ""}, "`token`: an API key in the `Authorization` header."),
    ],
)
def test_reference_names_the_configured_scheme(
    tmp_path: Path, conventions: dict[str, Any], line: str
) -> None:
    result = pipeline.generate(spec(tmp_path), ["markdown"], config=conventions)
    index = next(text for rel, text in result.files.items() if rel.endswith("index.md"))
    assert line in index
