"""The runtime SOURCE (templates/python/runtime/_runtime), importable as the
top-level package ``_runtime``: these tests exercise the files the generator
copies, not a generated copy of them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterator

import pytest

RUNTIME_PARENT = Path(__file__).resolve().parents[3] / "templates" / "python" / "runtime"
if str(RUNTIME_PARENT) not in sys.path:
    sys.path.insert(0, str(RUNTIME_PARENT))
HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from runtime_server import Reply, Seen, Server  # noqa: E402


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[Seen], Reply]], Server]]:
    servers: list[Server] = []

    def start(answer: Callable[[Seen], Reply]) -> Server:
        server = Server(answer)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """HOME in a temp folder and $NETRC at a file not written yet (returned):
    no real credential can be picked up."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    path = tmp_path / "netrc"
    monkeypatch.setenv("NETRC", str(path))
    return path
