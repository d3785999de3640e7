"""Reading an httpx response body for ``AsyncClient``: whole within a size cap
(``aread_capped``), or as it arrives (``aiter_body``, ``AsyncEventStream``).

The parsing is ``_streaming``'s, sans I/O (``LineDecoder``, ``SseDecoder``):
only the reads differ, awaited here.  Nothing here imports httpx; there is a
response, so ``AsyncClient`` has loaded it already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, AsyncIterator

from ._errors import ResponseTooLarge, TransportError
from ._redact import redact_url
from ._streaming import (
    CHUNK,
    MAX_LINE,
    LineDecoder,
    Reconnection,
    SseDecoder,
    ServerSentEvent,
    _Events,
    check_declared,
)
from ._types import T

if TYPE_CHECKING:
    import httpx


async def aread_capped(response: httpx.Response, limit: int) -> bytes:
    """The whole body, read as it arrives, kept as the response's content;
    ``ResponseTooLarge`` past ``limit``.  httpx's errors pass through."""
    check_declared(response.headers, limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise ResponseTooLarge(f"body exceeds max_response_bytes ({limit})")
        chunks.append(chunk)
    response._content = b"".join(chunks)
    return response._content


def broke_off(response: httpx.Response, exc: BaseException) -> TransportError:
    """The typed error of a stream that failed while being read (as ``iter_body``'s)."""
    return TransportError(
        f"{redact_url(str(response.url))}: the stream broke off ({type(exc).__name__})"
    )


async def aiter_body(response: httpx.Response, chunk_size: int = CHUNK) -> AsyncIterator[bytes]:
    """The body as it arrives (what each read of the connection brings, not
    held back to fill a buffer, so an event is passed on when it is sent), at
    most ``chunk_size`` bytes at a time.  Each read waits at most the call's
    read timeout (httpx applies it per read).  A broken or stalled stream
    raises ``TransportError``; the connection is closed at the end, on error,
    and when the iterator is closed early."""
    from ._async_client import httpx_loaded

    errors = httpx_loaded().RequestError
    arrivals = response.aiter_bytes().__aiter__()
    try:
        while True:
            try:
                data = await arrivals.__anext__()
            except StopAsyncIteration:
                return
            except errors as exc:
                raise broke_off(response, exc) from None
            for start in range(0, len(data), chunk_size):
                yield data[start : start + chunk_size]
    finally:
        await response.aclose()


async def aiter_lines(chunks: AsyncIterator[bytes], max_line: int = MAX_LINE) -> AsyncIterator[str]:
    """The lines of an async byte stream (see ``LineDecoder``)."""
    decoder = LineDecoder(max_line)
    async for chunk in chunks:
        for line in decoder.feed(chunk):
            yield line
    for line in decoder.flush():
        yield line


class AsyncEventStream(_Events["httpx.Response", T]):
    """``EventStream`` for ``AsyncClient``: ``async for`` over its
    :class:`ServerSentEvent` objects as they arrive, ``async with`` or
    ``await aclose()`` to hang up, ``reconnecting(attempts)`` to carry on
    across dropped connections (the same rules: the server's ``retry:``,
    ``Last-Event-ID``, a ``204`` ends it)."""

    async def __aenter__(self) -> AsyncEventStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self._closed = True
        await self.response.aclose()

    async def _events(self, response: httpx.Response) -> AsyncIterator[ServerSentEvent[T]]:
        decoder = SseDecoder(self._parser)
        try:
            async for chunk in aiter_body(response):
                for raw in decoder.feed(chunk):
                    yield self._decode(raw)
            for raw in decoder.end():
                yield self._decode(raw)
        finally:
            await response.aclose()

    def __aiter__(self) -> AsyncIterator[ServerSentEvent[T]]:
        return self._events(self.response)

    async def reconnecting(self, attempts: int = 3) -> AsyncIterator[ServerSentEvent[T]]:
        """The events across reconnections (see ``EventStream.reconnecting``)."""
        import asyncio

        plan = Reconnection(self, attempts)
        while True:
            try:
                async for event in self._events(self.response):
                    yield plan.seen(event)
            except TransportError:
                pass
            delay = plan.delay(self._closed)
            if delay is None:
                return
            await asyncio.sleep(delay)
            self.response = await plan.reopen(self._parser.last_id)
            if plan.ended(self.response):
                await self.response.aclose()
                return
