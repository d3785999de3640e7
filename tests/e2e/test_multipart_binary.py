"""A multipart body whose schema is one binary string (Jira's addAttachment:
``multipart/form-data: {schema: {type: string, format: binary}}``) takes a
file and sends it as the part ``file``, from the Python client and the CLI,
against a loopback server that parses the multipart body.  It used to raise
``AttributeError: 'bytes' object has no attribute 'items'``."""

from __future__ import annotations

import contextlib
import email.parser
import importlib
import sys
import email.policy
import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

import pytest

from responses_helpers import FEATURES, Handler, Loopback, loopback

from generator import cli

FILE_CONTENT = b"\x00\x01binary\xff attachment"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """The fixture with its Python client and CLI (token from $MULTIPART_TOKEN)."""
    out = tmp_path_factory.mktemp("multipart")
    config = out / "config.yaml"
    config.write_text("targets: [python, cli]\ntoken_env: MULTIPART_TOKEN\n")
    stderr = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr):
        status = cli.main(
            ["generate", str(FEATURES / "multipart_binary.yaml"), "--out", str(out / "pkg")]
            + ["--package", "multipart_binary_wire", "--config", str(config)]
        )
    assert status == 0, stderr.getvalue()
    sys.path.insert(0, str(out / "pkg"))
    return importlib.import_module("multipart_binary_wire")


def parts(handler: Handler) -> list[dict[str, Any]]:
    """The multipart parts of the request: name, filename, content."""
    head = f"Content-Type: {handler.headers['Content-Type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + handler.body())
    return [
        {
            "name": part.get_param("name", header="content-disposition"),
            "filename": part.get_filename(),
            "content": part.get_payload(decode=True),
        }
        for part in message.iter_parts()
    ]


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    received: list[list[dict[str, Any]]] = []

    def attach(handler: Handler) -> None:
        got = parts(handler)
        received.append(got)
        reply = [{"filename": p["filename"], "size": len(p["content"])} for p in got]
        handler.reply(200, json.dumps(reply).encode())

    with loopback({("POST", "/issues/KEY-1/attachments"): attach}) as running:
        running.received = received  # type: ignore[attr-defined]
        yield running


def last(server: Loopback) -> list[dict[str, Any]]:
    return server.received[-1]  # type: ignore[attr-defined,no-any-return]


def test_bytes_go_as_the_file_part(pkg: ModuleType, server: Loopback) -> None:
    with pkg.Client("t", base_url=server.url, retries=0) as client:
        result = client.issues.add_attachment("KEY-1", FILE_CONTENT)
    assert last(server) == [{"name": "file", "filename": "file", "content": FILE_CONTENT}]
    assert [(r.filename, r.size) for r in result] == [("file", len(FILE_CONTENT))]


def test_open_file_and_named_tuple(pkg: ModuleType, server: Loopback, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(FILE_CONTENT)
    with pkg.Client("t", base_url=server.url, retries=0) as client, path.open("rb") as handle:
        client.issues.add_attachment("KEY-1", handle)
        assert last(server)[0]["filename"] == "report.pdf"
        client.issues.add_attachment("KEY-1", ("notes.txt", b"hi", "text/plain"))
    assert last(server) == [{"name": "file", "filename": "notes.txt", "content": b"hi"}]


def test_the_cli_uploads_a_path(
    pkg: ModuleType, server: Loopback, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MULTIPART_TOKEN", "t")
    importlib.import_module("multipart_binary_wire.cli")
    path = tmp_path / "shot.png"
    path.write_bytes(FILE_CONTENT)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = pkg.cli.main(
            ["--base-url", server.url, "issues", "add-attachment", "--key", "KEY-1"]
            + ["--data", str(path)]
        )
    assert status == 0, err.getvalue()
    assert last(server) == [{"name": "file", "filename": "shot.png", "content": FILE_CONTENT}]


def test_a_multipart_mapping_of_the_wrong_type_is_a_clear_error(pkg: ModuleType) -> None:
    with pytest.raises(TypeError, match="multipart body is a mapping of part names"):
        pkg._runtime.multipart_parts(b"bytes")
