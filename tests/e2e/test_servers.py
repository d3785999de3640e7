"""Servers end to end: the generated client with server variables, path- and
operation-level servers and the base URL variable calls a loopback server at
the expanded URL; the USPTO shape gets a working default; a relative server
URL says what to pass; ``Literal`` variables are checked by ``mypy --strict``."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator, Optional

import pytest

from generator import pipeline
from helpers import ROOT, write_spec

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tests" / "unit" / "runtime"))
from runtime_server import Reply, Seen, Server  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "servers"


def generate(
    spec: Path, out: Path, package: str, config: Optional[dict[str, Any]] = None
) -> ModuleType:
    """Generate ``spec`` into ``out`` and import the package (fresh each time)."""
    result = pipeline.generate(spec, ["python"], package=package, config=config or {})
    for name, text in result.files.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    for loaded in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[loaded]
    return importlib.import_module(package)


@pytest.fixture
def serve() -> Iterator[Callable[[], Server]]:
    started: list[Server] = []

    def start() -> Server:
        server = Server(lambda seen: Reply(200, []) if seen.method == "GET" else Reply(204))
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()


def _port(server: Server) -> str:
    return server.url.rsplit(":", 1)[1]


LOOPBACK = {
    "openapi": "3.0.3",
    "info": {"title": "Loopback", "version": "1"},
    "servers": [
        {
            "url": "http://{host}:{port}/{basePath}",
            "description": "Production",
            "variables": {
                "host": {"default": "unused.invalid"},
                "port": {"default": "1"},
                "basePath": {"default": "v1", "enum": ["v1", "v2"]},
            },
        },
        {
            "url": "http://127.0.0.1:{port}/sandbox",
            "description": "Sandbox",
            "variables": {"port": {"default": "1"}},
        },
    ],
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "responses": {
                    "200": {
                        "description": "items",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"type": "string"}}
                            }
                        },
                    }
                },
            }
        },
        "/uploads": {
            "servers": [
                {"url": "http://127.0.0.1:{port}/files", "variables": {"port": {"default": "1"}}}
            ],
            "post": {"operationId": "upload", "responses": {"204": {"description": "stored"}}},
            "get": {
                "operationId": "listUploads",
                "servers": [
                    {
                        "url": "http://127.0.0.1:{port}/listing",
                        "variables": {"port": {"default": "1"}},
                    }
                ],
                "responses": {"204": {"description": "none"}},
            },
        },
    },
}


@pytest.fixture(scope="module")
def loopback(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    root = tmp_path_factory.mktemp("servers")
    return generate(write_spec(root / "loopback.yaml", LOOPBACK), root / "out", "srv_loopback")


def test_variables_reach_the_wire(
    loopback: ModuleType, serve: Callable[[], Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SRV_LOOPBACK_BASE_URL", raising=False)
    server = serve()
    port = _port(server)
    with loopback.Client(host="127.0.0.1", port=port, base_path="v2", retries=0) as client:
        assert client.base_url == f"http://127.0.0.1:{port}/v2"
        client.default.list_items()
        client.default.upload()  # its path's server, with the client's port
        client.default.list_uploads()  # its own server
    assert [(s.method, s.path) for s in server.seen] == [
        ("GET", "/v2/items"),
        ("POST", "/files/uploads"),
        ("GET", "/listing/uploads"),
    ]
    with loopback.Client(server=1, port=port, retries=0) as client:
        client.default.list_items()
    assert server.seen[-1].path == "/sandbox/items"


def test_the_environment_variable_overrides_every_call(
    loopback: ModuleType, serve: Callable[[], Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = serve()
    monkeypatch.setenv("SRV_LOOPBACK_BASE_URL", server.url + "/env/")
    assert loopback.Client.BASE_URL_ENV == "SRV_LOOPBACK_BASE_URL"
    with loopback.Client(retries=0) as client:
        client.default.list_items()
        client.default.upload()
    assert [s.path for s in server.seen] == ["/env/items", "/env/uploads"]
    with loopback.Client(base_url=server.url + "/arg", retries=0) as client:
        client.default.list_uploads()
    assert server.seen[-1].path == "/arg/uploads"


def test_an_enum_variable_is_a_literal_and_checked(loopback: ModuleType) -> None:
    parameters = inspect.signature(loopback.Client).parameters
    assert parameters["base_path"].annotation == "Optional[Literal['v1', 'v2']]"
    assert parameters["port"].annotation == "Optional[str]"
    assert parameters["server"].annotation == "Optional[int]"
    with pytest.raises(ValueError, match="'v3' is not one of v1, v2"):
        loopback.Client(base_path="v3")
    assert loopback.Client.DEFAULT_BASE_URL == "http://unused.invalid:1/v1"


def test_uspto_gets_a_working_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("USPTO_BASE_URL", raising=False)
    uspto = generate(FIXTURES / "uspto.yaml", tmp_path, "uspto")
    assert uspto.Client.DEFAULT_BASE_URL == "https://developer.uspto.gov/ds-api"
    assert uspto.Client().base_url == "https://developer.uspto.gov/ds-api"
    assert uspto.Client(scheme="http").base_url == "http://developer.uspto.gov/ds-api"
    assert "server" not in inspect.signature(uspto.Client).parameters  # one server only


def test_swagger2_schemes_become_a_scheme_variable(tmp_path: Path) -> None:
    spec = write_spec(
        tmp_path / "swagger.yaml",
        {
            "swagger": "2.0",
            "info": {"title": "Two schemes", "version": "1"},
            "host": "api.example.test",
            "basePath": "/v1",
            "schemes": ["http", "https"],
            "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}}}}},
        },
    )
    client = generate(spec, tmp_path / "out", "srv_swagger").Client
    assert client.DEFAULT_BASE_URL == "https://api.example.test/v1"
    assert client(scheme="http").base_url == "http://api.example.test/v1"


def test_relative_server_url(
    tmp_path: Path, serve: Callable[[], Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    relative = generate(FIXTURES / "relative.yaml", tmp_path / "a", "srv_relative")
    client = relative.Client(retries=0)
    with pytest.raises(relative.ClientError) as raised:
        client.default.list_pets()
    assert str(raised.value) == (
        "no absolute base URL (the API's server URL is '/api/v3'): "
        "pass base_url='https://<host>/api/v3' or set $SRV_RELATIVE_BASE_URL"
    )
    server = serve()
    monkeypatch.setenv("SRV_RELATIVE_BASE_URL", server.url + "/api/v3")
    with relative.Client(retries=0) as client:
        client.default.list_pets()
    assert server.seen[-1].path == "/api/v3/pets"
    resolved = generate(
        FIXTURES / "relative.yaml",
        tmp_path / "b",
        "srv_relative_doc",
        {"document_url": "https://pets.example.test/docs/openapi.yaml", "base_url_env": ""},
    )
    assert resolved.Client.DEFAULT_BASE_URL == "https://pets.example.test/api/v3"
    assert resolved.Client.BASE_URL_ENV == ""


def test_mypy_checks_server_variable_values(tmp_path: Path) -> None:
    generate(FIXTURES / "variables.yaml", tmp_path, "srv_variables")
    usage = tmp_path / "usage.py"
    usage.write_text(
        "from srv_variables import Client\n"
        'Client(region="us", scheme="http", port="8443", base_path="v3", server=1)\n'
        'Client(region="mars")\n'
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "srv_variables", "usage.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and errors[0].startswith("usage.py:3:"), checked.stdout
