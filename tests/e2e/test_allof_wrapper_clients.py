"""allOf wrappers end to end: ``tests/fixtures/features/allof_wrappers.yaml``
(properties written as AWS writes them, ``allOf: [{$ref: String},
{description: ...}]``) is generated into a package that decodes a reply from a
loopback server into ``str``/``int``/the enum/a list, with the descriptions
as field docstrings, and ``mypy --strict`` accepts a script that uses those
fields as what they are (and rejects one that uses a string as an int)."""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import subprocess
import sys
import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

import pytest

from generator import cli
from helpers import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "features" / "allof_wrappers.yaml"
PACKAGE = "allof_wrappers_client"
REPLY = {
    "InstanceId": "i-0123",
    "Name": "web",
    "CpuCount": 4,
    "State": "running",
    "Tags": [{"Key": "env"}],
    "Note": None,
    "LaunchTime": "2024-01-02T03:04:05Z",
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("allof_wrappers")
    stderr = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr):
        status = cli.main(
            ["generate", str(FIXTURE), "--out", str(root / "py"), "--package", PACKAGE]
        )
    assert status == 0, stderr.getvalue()
    return root / "py"


@pytest.fixture(scope="module")
def pkg(out: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


class Server(ThreadingHTTPServer):
    daemon_threads = True
    reply: Any = REPLY


class Handler(BaseHTTPRequestHandler):
    server: Server

    def do_GET(self) -> None:
        payload = json.dumps(self.server.reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    srv = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def client(pkg: ModuleType, server: Server) -> Any:
    server.reply = REPLY
    return pkg.Client(base_url=f"http://127.0.0.1:{server.server_address[1]}", retries=0)


def test_wrapped_fields_decode_into_their_own_types(client: Any, pkg: ModuleType) -> None:
    models = importlib.import_module(PACKAGE + ".models")
    instance = client.instances.describe("i-0123", strict=True)
    assert instance.instance_id == "i-0123" and type(instance.instance_id) is str
    assert instance.name == "web" and type(instance.name) is str
    assert instance.cpu_count == 4 and type(instance.cpu_count) is int
    assert instance.state is models.State.RUNNING
    assert [type(t) for t in instance.tags] == [models.Tag] and instance.tags[0].key == "env"
    assert instance.note is None
    assert instance.launch_time == datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    # Only the document's own objects and enum are classes: no class per wrapper.
    package = Path(pkg.__file__).parent
    assert sorted(p.stem for p in (package / "models").glob("[!_]*.py")) == [
        "instance",
        "state",
        "tag",
    ]


def test_a_wrong_reply_is_a_decode_error_naming_the_field(
    client: Any, pkg: ModuleType, server: Server
) -> None:
    """A wrapped string is checked as a string: an object in its place (which
    the old empty model accepted) is refused in strict mode."""
    server.reply = {**REPLY, "Name": {"first": "web"}}
    with pytest.raises(pkg.DecodeError, match="Name"):
        client.instances.describe("i-0123", strict=True)


def test_descriptions_of_the_wrappers_are_the_field_docstrings(pkg: ModuleType) -> None:
    source = (Path(pkg.__file__).parent / "models" / "instance.py").read_text()
    assert 'name: Optional[str] = None\n    """The instance\'s name."""' in source
    assert 'cpu_count: Optional[int] = None\n    """How many CPUs it has."""' in source
    assert 'state: Optional[State] = None\n    """Whether it runs yet."""' in source


GOOD = f"""
from {PACKAGE} import Client
from {PACKAGE}.models import State, Tag

instance = Client().instances.describe("i-0123")
name: str = instance.name or ""
cpus: int = (instance.cpu_count or 0) + len(name)
running: bool = instance.state is State.RUNNING
keys: list[str] = [tag.key or "" for tag in instance.tags or []]
tags: list[Tag] = instance.tags or []
"""

BAD = f"""
from {PACKAGE} import Client

wrong: int = Client().instances.describe("i-0123").name or 0
"""


def test_mypy_strict_types_the_wrapped_fields(out: Path, tmp_path: Path) -> None:
    for name, body in (("good", GOOD), ("bad", BAD)):
        (tmp_path / f"{name}.py").write_text(body)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(out / PACKAGE)]
        + ["good.py", "bad.py"],
        env={"MYPYPATH": str(out), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    result = done.stdout + done.stderr
    errors = [line for line in result.splitlines() if ": error:" in line]
    assert len(errors) == 1, result
    assert errors[0].startswith("bad.py:4:") and 'expression has type "str | int"' in errors[0]
