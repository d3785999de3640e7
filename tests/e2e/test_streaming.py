"""Streamed downloads and uploads: ``with_streaming_response`` leaves the body
on the connection, ``iter_bytes()``/``save(path)`` read it in chunks (a
failed download leaves no partial file), uploads stream from paths and open
files with a Content-Length; and the memory check: a large download through
``iter_bytes`` (1 GiB) keeps the process's peak RSS under 100 MiB, measured
in a fresh interpreter (``VmHWM``; see ``download_rss`` for why not
``ru_maxrss`` alone) while the server runs in another process."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest

from responses_helpers import Handler, Loopback, generate, loopback

BLOB = os.urandom(3 * 1024 * 1024 + 17)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("streaming")


@pytest.fixture(scope="module")
def pkg(out: Path) -> ModuleType:
    return generate("errors_streams", out)


def broken(handler: Handler) -> None:
    """Promises 1 MiB, sends 100 KiB and hangs up."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/octet-stream")
    handler.send_header("Content-Length", str(1024 * 1024))
    handler.end_headers()
    handler.wfile.write(b"x" * 100 * 1024)
    handler.wfile.flush()
    handler.close_connection = True


def store(handler: Handler) -> None:
    body = handler.body()
    answer = {"size": len(body), "sha256": hashlib.sha256(body).hexdigest()}
    handler.reply(201, json.dumps(answer).encode())


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    routes = {
        ("GET", "/files/blob"): lambda h: h.reply(200, BLOB, "application/octet-stream"),
        ("GET", "/files/broken"): broken,
        ("PUT", "/files/up"): store,
    }
    with loopback(routes) as running:
        yield running


def test_iter_bytes_in_chunks(pkg: ModuleType, server: Loopback) -> None:
    client = pkg.Client(base_url=server.url)
    with client.with_streaming_response.files.download("blob") as streamed:
        assert streamed.status_code == 200
        chunks = list(streamed.iter_bytes(chunk_size=8192))
    assert b"".join(chunks) == BLOB and max(len(c) for c in chunks) <= 8192 and len(chunks) > 300


def test_save_and_parse(pkg: ModuleType, server: Loopback, tmp_path: Path) -> None:
    client = pkg.Client(base_url=server.url)
    target = tmp_path / "blob.bin"
    with client.with_streaming_response.files.download("blob") as streamed:
        assert streamed.save(target) == len(BLOB)
    assert target.read_bytes() == BLOB and os.listdir(tmp_path) == ["blob.bin"]
    with client.with_streaming_response.files.download("blob") as streamed:
        assert streamed.parse() == BLOB  # the plain call's value: bytes


def test_parse_is_bounded_by_the_size_cap(pkg: ModuleType, server: Loopback) -> None:
    client = pkg.Client(base_url=server.url, max_response_bytes=1024 * 1024)
    with client.with_streaming_response.files.download("blob") as streamed:
        with pytest.raises(pkg.ResponseTooLarge):
            streamed.parse()
    with client.with_streaming_response.files.download("blob") as streamed:
        assert sum(map(len, streamed.iter_bytes())) == len(BLOB)  # streaming is not capped


def test_failed_save_keeps_the_old_file(pkg: ModuleType, server: Loopback, tmp_path: Path) -> None:
    client = pkg.Client(base_url=server.url, retries=0)
    target = tmp_path / "keep.bin"
    target.write_bytes(b"precious")
    with client.with_streaming_response.files.download("broken") as streamed:
        with pytest.raises(pkg.TransportError, match="broke off"):
            streamed.save(target)
    with client.with_streaming_response.files.download("blob") as streamed:
        with pytest.raises(pkg.ResponseTooLarge, match="max_bytes"):
            streamed.save(target, max_bytes=1000)
    assert target.read_bytes() == b"precious" and os.listdir(tmp_path) == ["keep.bin"]


def test_uploads_stream_with_their_length(
    pkg: ModuleType, server: Loopback, tmp_path: Path
) -> None:
    client = pkg.Client(base_url=server.url)
    source = tmp_path / "up.bin"
    source.write_bytes(BLOB)
    digest = hashlib.sha256(BLOB).hexdigest()
    assert client.files.upload("up", source).sha_256 == digest  # a path
    with source.open("rb") as handle:
        assert client.files.upload("up", handle).size == len(BLOB)  # an open file
    for _, _, headers in server.seen[-2:]:
        assert headers["Content-Length"] == str(len(BLOB))
    chunks = iter([BLOB[:1000], BLOB[1000:]])
    assert client.files.upload("up", chunks).sha_256 == digest  # an iterator: chunked
    assert server.seen[-1][2].get("Transfer-Encoding") == "chunked"


def test_an_iterator_body_is_never_sent_twice(pkg: ModuleType) -> None:
    """A 503 on a PUT is retried, but an iterator of chunks is used up by the
    first attempt: sending it again would send it empty (both clients did).
    So the 503 stands and the server saw the body once, whole; bytes, which can
    be sent again, are still retried."""
    bodies: list[bytes] = []

    def busy(handler: Handler) -> None:
        bodies.append(handler.body())
        handler.reply(503, b'{"message": "busy"}')

    with loopback({("PUT", "/files/up"): busy}) as running:
        client = pkg.Client(base_url=running.url, backoff_factor=0, retries=2)
        with pytest.raises(pkg.ApiError) as raised:
            client.files.upload("up", iter([BLOB[:1000], BLOB[1000:]]))
        assert raised.value.status == 503 and bodies == [BLOB]
        bodies.clear()
        with pytest.raises(pkg.ApiError):
            client.files.upload("up", BLOB)
        assert bodies == [BLOB] * 3

    def hang_up(handler: Handler) -> None:  # reads the body, then closes without a reply
        bodies.append(handler.body())
        handler.close_connection = True

    bodies.clear()
    with loopback({("PUT", "/files/up"): hang_up}) as running:
        client = pkg.Client(base_url=running.url, backoff_factor=0, retries=2)
        with pytest.raises(pkg.TransportError):
            client.files.upload("up", iter([BLOB[:1000], BLOB[1000:]]))
        assert bodies == [BLOB]


SERVER = r"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SIZE = int(sys.argv[1])
BLOCK = b"\x5a" * (1024 * 1024)

class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(SIZE))
        self.end_headers()
        left = SIZE
        while left:
            part = BLOCK[: min(left, len(BLOCK))]
            self.wfile.write(part)
            left -= len(part)

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""

CLIENT = r"""
import resource, sys
from resp_errors_streams import Client

client = Client(base_url=sys.argv[1], max_response_bytes=1 << 30)
total = 0
with client.with_streaming_response.files.download("big") as streamed:
    if sys.argv[2] == "read":
        total = len(streamed.read())
    else:
        for chunk in streamed.iter_bytes():
            total += len(chunk)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
try:  # this process's own peak (VmHWM), see download_rss
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
except OSError:
    pass
print(total, peak)
"""


def download_rss(out: Path, size: int, how: str) -> tuple[int, int]:
    """(bytes received, peak RSS in KiB) of a fresh client downloading ``size`` bytes.

    The peak is the client's ``VmHWM`` where ``/proc`` has it, else its
    ``ru_maxrss``: on Linux a process started by vfork and exec (as
    subprocess starts it) reports in ``ru_maxrss`` the peak of the process
    that spawned it when larger (a child of a 300 MiB parent: ru_maxrss
    319,000 KiB, VmHWM 10,876 KiB; this client inside a full test run: 111
    MiB by ru_maxrss, 42 MiB alone), while ``VmHWM`` is its own memory's."""
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(size)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port = server.stdout.readline().strip()
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(CLIENT), f"http://127.0.0.1:{port}", how],
            cwd=out / "errors_streams",
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        server.kill()
        server.wait()
    assert result.returncode == 0, result.stderr
    received, peak = result.stdout.split()
    return int(received), int(peak)


def test_1gib_download_stays_under_100mib(pkg: ModuleType, out: Path) -> None:
    """About 2 s on loopback, so it runs by default."""
    size = 1024 * 1024 * 1024
    received, peak_kib = download_rss(out, size, "iter_bytes")
    assert received == size
    assert peak_kib < 100 * 1024, f"peak RSS {peak_kib} KiB"


def test_the_measure_sees_a_body_held_whole(pkg: ModuleType, out: Path) -> None:
    """The same measure fails a client that reads the body whole (``read()``)."""
    size = 160 * 1024 * 1024
    received, peak_kib = download_rss(out, size, "read")
    assert received == size and peak_kib > 150 * 1024
