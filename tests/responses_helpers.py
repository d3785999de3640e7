"""Shared by the typed-errors, raw-response, streaming and SSE suites: a
feature fixture generated and imported once per session, and a loopback
server whose routes write their own answers (so they can stream, trickle,
or drop the connection)."""

from __future__ import annotations

import contextlib
import importlib
import io
import shutil
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterator, Optional

from generator import cli
from helpers import ROOT

FEATURES = ROOT / "tests" / "fixtures" / "features"


# Where each fixture was first generated this session: the package is imported
# once (its name is fixed), so generating it again for every suite only cost time.
_GENERATED: dict[str, Path] = {}


def generate(fixture: str, out: Path) -> ModuleType:
    """``tests/fixtures/features/<fixture>.yaml`` generated into ``out`` as the
    package ``resp_<fixture>`` and imported.  Generated once a session; a later
    call gets a copy of those files in its ``out`` (for the suites that run
    mypy or a subprocess there) and the package already imported."""
    package = f"resp_{fixture}"
    if fixture in _GENERATED:
        shutil.copytree(_GENERATED[fixture], out / fixture)
        return importlib.import_module(package)
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = cli.main(
            ["generate", str(FEATURES / f"{fixture}.yaml"), "--out", str(out / fixture)]
            + ["--package", package]
        )
    assert status == 0, stderr.getvalue()
    _GENERATED[fixture] = out / fixture
    if str(out / fixture) not in sys.path:
        sys.path.insert(0, str(out / fixture))
    return importlib.import_module(package)


Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "Loopback.Http"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = bytearray()
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    return bytes(data)
                data += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(length)

    def reply(
        self, status: int, body: bytes, content_type: str = "application/json", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _route(self) -> None:
        self.server.owner.seen.append((self.command, self.path, dict(self.headers)))
        path = self.path.split("?")[0]
        route = self.server.owner.routes.get((self.command, path))
        if route is None:
            self.reply(599, b'{"unrouted": true}')
            return
        route(self)

    do_GET = do_PUT = do_POST = do_DELETE = _route


class Loopback:
    """A threaded server on 127.0.0.1; ``routes[(method, path)]`` answer."""

    class Http(ThreadingHTTPServer):
        daemon_threads = True
        owner: "Loopback"

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Route] = {}
        self.seen: list[tuple[str, str, dict[str, str]]] = []
        self.http = Loopback.Http(("127.0.0.1", 0), Handler)
        self.http.owner = self
        self.thread = threading.Thread(
            target=self.http.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http.server_address[1]}"

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@contextlib.contextmanager
def loopback(routes: Optional[dict[tuple[str, str], Route]] = None) -> Iterator[Loopback]:
    server = Loopback()
    server.routes.update(routes or {})
    try:
        yield server
    finally:
        server.close()
