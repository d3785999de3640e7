"""The generated CLI chooses the server as the Python ``Client`` does:
``--server N`` where the document lists several, and one option per server
variable (named after ``Client``'s keyword, checked against its ``enum``),
before or after the command, against a loopback server."""

from __future__ import annotations

import contextlib
import copy
import importlib
import io
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

import pytest

from generator import pipeline
from helpers import ROOT, write_spec

sys.path.insert(0, str(ROOT / "tests" / "unit" / "runtime"))
from runtime_server import Reply, Server  # noqa: E402
from test_servers import LOOPBACK  # noqa: E402

PACKAGE = "srv_cli"


def _spec() -> dict[str, Any]:
    """The servers e2e document, plus a query parameter called like a server variable."""
    doc = copy.deepcopy(LOOPBACK)
    doc["paths"]["/items"]["get"]["parameters"] = [
        {"name": "port", "in": "query", "schema": {"type": "string"}}
    ]
    return doc


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    root = tmp_path_factory.mktemp("cli_servers")
    spec = write_spec(root / "servers.yaml", _spec())
    result = pipeline.generate(
        spec, ["python", "cli"], package=PACKAGE, config={"token_env": "SRV_CLI_TOKEN"}
    )
    for name, text in result.files.items():
        path = root / "out" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    sys.path.insert(0, str(root / "out"))
    return importlib.import_module(f"{PACKAGE}.cli")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    monkeypatch.delenv("SRV_CLI_BASE_URL", raising=False)
    monkeypatch.setenv("SRV_CLI_TOKEN", "t")
    running = Server(lambda seen: Reply(200, []))
    yield running
    running.close()


def run(cli: ModuleType, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli.main(list(argv))
        except SystemExit as exit:  # argparse's usage errors
            status = int(exit.code or 0)
    return status, out.getvalue(), err.getvalue()


def test_variables_reach_the_wire(cli: ModuleType, server: Server) -> None:
    port = server.url.rsplit(":", 1)[1]
    status, out, err = run(
        cli, "--host", "127.0.0.1", "--port", port, "--base-path", "v2", "default", "list-items"
    )
    assert (status, out.strip()) == (0, "[]"), err
    assert server.seen[-1].path == "/v2/items"


def test_server_index_and_options_after_the_command(cli: ModuleType, server: Server) -> None:
    port = server.url.rsplit(":", 1)[1]
    status, _, err = run(cli, "default", "list-items", "--server", "1", "--port", port)
    assert status == 0, err
    assert server.seen[-1].path == "/sandbox/items"


def test_a_parameter_named_like_a_variable_gets_its_own_option(
    cli: ModuleType, server: Server
) -> None:
    port = server.url.rsplit(":", 1)[1]
    status, _, err = run(
        cli, "--server", "1", "--port", port, "default", "list-items", "--query-port", "q"
    )
    assert status == 0, err
    assert server.seen[-1].path == "/sandbox/items?port=q"


def test_enum_and_index_are_checked(cli: ModuleType) -> None:
    status, _, err = run(cli, "--base-path", "v3", "default", "list-items")
    assert status == 2 and "invalid choice: 'v3'" in err
    status, _, err = run(cli, "--server", "7", "default", "list-items")
    assert status == 2 and "invalid choice: 7" in err


def test_help_lists_the_servers(cli: ModuleType) -> None:
    status, out, _ = run(cli, "--help")
    assert status == 0
    assert "--server N" in out and "0 (Production)" in out and "1 (Sandbox)" in out
    assert "--base-path {v1,v2}" in out
