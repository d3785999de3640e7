"""The streaming suite (``test_streaming.py``: chunks, ``save`` leaving no
partial file, ``parse`` within the size cap, streamed uploads) run against
``AsyncClient``: the same tests and loopback server, every client an
``AsyncClient`` driven by ``async_driver`` (``with`` entering the
``AsyncStreaming``, ``iter_bytes`` draining ``aiter_bytes``).  Written natively
below: ``async with``/``aiter_*`` as asyncio code uses them, and the memory
bound of a large download through ``aiter_bytes``."""

from __future__ import annotations

import asyncio
import io
import os
from pathlib import Path
from types import ModuleType
from typing import Any, Optional

import pytest
import test_streaming as sync_suite
from async_driver import AsyncFace, mirror
from responses_helpers import Handler, Loopback, loopback
from test_streaming import BLOB, out, server  # noqa: F401  (the suite's fixtures)

# The sync client in a fresh interpreter: see test_large_async_download_stays_bounded.
NOT_FOR_ASYNC = {
    "test_1gib_download_stays_under_100mib": "the sync client's script",
    "test_the_measure_sees_a_body_held_whole": "the sync client's script",
}


@pytest.fixture(scope="module")
def pkg(out: Path) -> AsyncFace:  # noqa: F811
    return AsyncFace(sync_suite.generate("errors_streams", out))


mirror(globals(), sync_suite, NOT_FOR_ASYNC)


def test_async_with_and_async_iteration(pkg: AsyncFace, server: Loopback) -> None:  # noqa: F811
    package: ModuleType = pkg._package

    async def main() -> None:
        async with package.AsyncClient(base_url=server.url) as client:
            streaming = client.with_streaming_response.files.download("blob")
            async with streaming as streamed:
                assert isinstance(streamed, package.AsyncStreamedResponse)
                assert streamed.status_code == 200 and not streamed.http_response.is_closed
                chunks = [chunk async for chunk in streamed.aiter_bytes(8192)]
            assert streamed.http_response.is_closed
            assert b"".join(chunks) == BLOB and max(map(len, chunks)) <= 8192
            async with client.with_streaming_response.files.download("blob") as streamed:
                pass  # left unread: leaving the block closes it
            assert streamed.http_response.is_closed

    asyncio.run(main())


def test_text_and_lines(pkg: AsyncFace) -> None:
    body = "één\r\ntwee\ndrie".encode()

    def text(handler: Handler) -> None:
        handler.reply(200, body, "text/plain; charset=utf-8")

    async def main(url: str) -> tuple[list[str], str]:
        async with pkg._package.AsyncClient(base_url=url) as client:
            async with client.with_streaming_response.files.download("t") as streamed:
                lines = [line async for line in streamed.aiter_lines()]
            async with client.with_streaming_response.files.download("t") as streamed:
                whole = "".join([part async for part in streamed.aiter_text(chunk_size=1)])
            return lines, whole

    with loopback({("GET", "/files/t"): text}) as running:
        lines, whole = asyncio.run(main(running.url))
    assert lines == ["één", "twee", "drie"] and whole == body.decode()


def test_a_stalled_stream_times_out(pkg: AsyncFace) -> None:
    """Each read waits at most the read timeout: a server that stops sending
    mid-body raises ``TransportError`` (not a hang, not an httpx error)."""

    def stalls(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/octet-stream")
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        handler.wfile.write(b"x" * 10)
        handler.wfile.flush()
        import time

        time.sleep(3)

    async def main(url: str) -> Any:
        async with pkg._package.AsyncClient(base_url=url, timeout=(5.0, 0.5)) as client:
            stalled = client.with_streaming_response.files.download(
                "s", extra_query={"sig": "secret"}
            )
            async with stalled as streamed:
                return [chunk async for chunk in streamed.aiter_bytes()]

    with loopback({("GET", "/files/s"): stalls}) as running:
        with pytest.raises(pkg.TransportError, match="broke off .ReadTimeout.") as caught:
            asyncio.run(main(running.url))
    assert "secret" not in str(caught.value)


CLIENT = r"""
import asyncio, sys
from resp_errors_streams import AsyncClient

async def main() -> int:
    total = 0
    async with AsyncClient(base_url=sys.argv[1], max_response_bytes=1 << 30) as client:
        async with client.with_streaming_response.files.download("big") as streamed:
            if sys.argv[2] == "read":
                return len(await streamed.aread())
            async for chunk in streamed.aiter_bytes():
                total += len(chunk)
    return total

total = asyncio.run(main())
with open("/proc/self/status") as status:
    peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
print(total, peak)
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="VmHWM is Linux's")
def test_large_async_download_stays_bounded(
    pkg: AsyncFace, out: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    """256 MiB through ``aiter_bytes`` peaks under 100 MiB (a fresh interpreter,
    ``download_rss``'s measure), while ``aread()`` of 160 MiB holds it whole:
    the same measure sees the difference."""
    monkeypatch.setattr(sync_suite, "CLIENT", CLIENT)
    received, peak_kib = sync_suite.download_rss(out, 256 * 1024 * 1024, "aiter_bytes")
    assert received == 256 * 1024 * 1024 and peak_kib < 100 * 1024, f"peak {peak_kib} KiB"
    received, peak_kib = sync_suite.download_rss(out, 160 * 1024 * 1024, "read")
    assert received == 160 * 1024 * 1024 and peak_kib > 150 * 1024


class CountingFile(io.BytesIO):
    """A file body that records how much each read asked for."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads: list[int] = []

    def read(self, size: Optional[int] = -1) -> bytes:
        self.reads.append(-1 if size is None else size)
        return super().read(size)


def test_a_file_upload_streams_and_is_rewound_for_a_retry(pkg: AsyncFace) -> None:
    """A file body is read in chunks as it is sent, with its Content-Length
    (not chunked), and sent whole again, from where it started, when a 503
    is retried."""
    bodies: list[tuple[str, bytes]] = []

    def flaky(handler: Handler) -> None:
        bodies.append((handler.headers.get("Content-Length", "chunked"), handler.body()))
        if len(bodies) == 1:
            handler.reply(503, b'{"message": "busy"}')
            return
        handler.reply(201, b'{"size": %d, "sha256": "-"}' % len(bodies[-1][1]))

    source = CountingFile(b"skip" + BLOB)
    source.seek(4)  # the body starts where the file is

    async def main(url: str) -> Any:
        async with pkg._package.AsyncClient(base_url=url, backoff_factor=0) as client:
            return await client.files.upload("up", source)

    with loopback({("PUT", "/files/up"): flaky}) as running:
        stored = asyncio.run(main(running.url))
    assert stored.size == len(BLOB)
    assert bodies == [(str(len(BLOB)), BLOB)] * 2
    assert -1 not in source.reads and max(source.reads) <= 64 * 1024


def test_an_async_iterable_body_is_sent_as_it_comes(pkg: AsyncFace) -> None:
    """AsyncClient's raw bodies may also be async iterables of chunks (an async
    generator, a file read with aiofiles): sent chunked as they come, annotated
    ``_rt.AsyncRawBody`` in the async methods (the sync ones keep ``RawBody``)."""
    seen: list[tuple[str, bytes]] = []

    def store(handler: Handler) -> None:
        seen.append((handler.headers.get("Transfer-Encoding", ""), handler.body()))
        handler.reply(201, b'{"size": %d, "sha256": "-"}' % len(seen[-1][1]))

    async def chunks() -> Any:
        for start in range(0, len(BLOB), 1 << 20):
            await asyncio.sleep(0)
            yield BLOB[start : start + (1 << 20)]

    async def main(url: str) -> Any:
        async with pkg._package.AsyncClient(base_url=url) as client:
            return await client.files.upload("up", chunks())

    with loopback({("PUT", "/files/up"): store}) as running:
        stored = asyncio.run(main(running.url))
    assert stored.size == len(BLOB) and seen == [("chunked", BLOB)]
    source = (Path(pkg._package.__file__).parent / "api" / "files.py").read_text()
    assert "body: _rt.AsyncRawBody" in source and "body: _rt.RawBody" in source
