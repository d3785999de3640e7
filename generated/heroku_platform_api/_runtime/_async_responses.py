"""Raw and streamed responses for ``AsyncClient``: the twins of ``_responses``.

``await client.with_raw_response.<group>.<method>(...)`` gives an
:class:`AsyncRawResponse` (the body read, within ``max_response_bytes``;
``await parse()`` for the value the plain call returns);
``async with client.with_streaming_response.<group>.<method>(...) as streamed``
sends the request when entered and gives an :class:`AsyncStreamedResponse`
with the body unread, closed on exit.

They work as the sync ones do (see ``_responses``): the wrapper runs the
generated method under a ``Capture`` in a context variable (each asyncio task
has its own), ``AsyncBaseClient.request`` records the response into it, and
``parse()`` replays the method against the recorded response.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Awaitable as AwaitableValue
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generic,
    Optional,
    Union,
)

from ._async_streaming import AsyncEventStream, aiter_body, aiter_lines, aread_capped, broke_off
from ._errors import DecodeError
from ._responses import P, R, AtomicFile, Capture, _Body, _named, _ReadBody, capturing, recorded

if TYPE_CHECKING:
    import httpx


class AsyncRawResponse(_ReadBody["httpx.Response"], Generic[R]):
    """``RawResponse`` for ``AsyncClient``: ``status_code``, ``headers``,
    ``content``, ``text`` and ``json()`` at once (the body was read within
    ``max_response_bytes`` and the call's deadline, an event stream's too),
    and ``await parse()``, the value the plain call returns.  Nothing is
    decoded before ``parse()``."""

    def __init__(self, response: httpx.Response, parse: Callable[[], Awaitable[R]]) -> None:
        super().__init__(response)
        self._parse = parse
        self._parsed: Optional[tuple[R]] = None

    async def parse(self) -> R:
        """The decoded result, as the method itself returns it (decoded once)."""
        if self._parsed is None:
            self._parsed = (await self._parse(),)
        return self._parsed[0]


class AsyncStreamedResponse(_Body["httpx.Response"], Generic[R]):
    """``StreamedResponse`` for ``AsyncClient``: the body still on the
    connection, read once, in chunks (``aiter_bytes``, ``aiter_text``,
    ``aiter_lines``, ``aiter_events``, ``save``) or whole (``aread``,
    ``parse``: within ``max_response_bytes``).  ``aclose()`` (or leaving the
    ``async with``) releases the connection, read or not.  As in sync, a
    streamed body has no size cap of its own nor overall deadline; each read
    waits at most the call's read timeout."""

    def __init__(
        self, response: httpx.Response, replay: Callable[[], Awaitable[R]], limit: int
    ) -> None:
        super().__init__(response)
        self._replay = replay
        self._limit = limit
        self._parsed: Optional[tuple[R]] = None

    async def aclose(self) -> None:
        await self.http_response.aclose()

    def aiter_bytes(self, chunk_size: int = 64 * 1024) -> AsyncIterator[bytes]:
        """The body as it arrives, at most ``chunk_size`` bytes at a time."""
        return aiter_body(self.http_response, chunk_size)

    async def aiter_text(self, chunk_size: int = 64 * 1024) -> AsyncIterator[str]:
        """The body decoded (its charset, else UTF-8) as it arrives."""
        decoder = codecs.getincrementaldecoder(self.http_response.encoding or "utf-8")("replace")
        async for chunk in self.aiter_bytes(chunk_size):
            text = decoder.decode(chunk)
            if text:
                yield text
        rest = decoder.decode(b"", final=True)
        if rest:
            yield rest

    def aiter_lines(self, max_line: int = 1024 * 1024) -> AsyncIterator[str]:
        """The body's lines (without their ``\\n``/``\\r\\n``) as they arrive;
        a line longer than ``max_line`` bytes comes in pieces."""
        return aiter_lines(self.aiter_bytes(), max_line)

    def aiter_events(self) -> AsyncEventStream[str]:
        """The body as server-sent events, each event's data as text."""
        return AsyncEventStream(self.http_response, str, "str", limit=self._limit)

    async def save(
        self, path: Union[str, os.PathLike[str]], max_bytes: Optional[int] = None
    ) -> int:
        """Write the body to ``path`` chunk by chunk and return its size (see
        ``StreamedResponse.save``: nothing partial is left, nothing clobbered)."""
        try:
            with AtomicFile(path, max_bytes) as out:
                async for chunk in self.aiter_bytes():
                    out.write(chunk)
        except BaseException:
            await self.aclose()
            raise
        return out.size

    async def aread(self) -> bytes:
        """The whole body (within ``max_response_bytes``)."""
        from ._async_client import httpx_loaded

        response = self.http_response
        if not response.is_stream_consumed:
            try:
                await aread_capped(response, self._limit)
            except httpx_loaded().RequestError as exc:
                raise broke_off(response, exc) from None
            finally:
                await response.aclose()
        return response.content

    async def parse(self) -> R:
        """The decoded result, as the method itself returns it: the body is read
        (within ``max_response_bytes``) and decoded once."""
        if self._parsed is None:
            await self.aread()
            self._parsed = (await self._replay(),)
        return self._parsed[0]


async def _replayed(response: Any, method: Callable[..., Any], args: Any, kwargs: Any) -> Any:
    """``method`` run again against its recorded ``response`` (nothing sent)."""
    with capturing(Capture("replay", response)):
        return await method(*args, **kwargs)
    raise AssertionError("unreachable: replay never unwinds")


def _raw(method: Callable[P, Any]) -> Callable[P, Awaitable[AsyncRawResponse[Any]]]:
    """``method`` (a coroutine function, or a listing that sends nothing until
    asked) returning an :class:`AsyncRawResponse` of its result."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> AsyncRawResponse[Any]:
        pager: Any = None
        failed: Optional[DecodeError] = None
        with capturing(Capture("raw", unwind=True)) as capture:
            returned = method(*args, **kwargs)
            if isinstance(returned, AwaitableValue):
                returned = await returned
            elif capture.response is None:  # a lazy listing: its first page, now
                capture.unwind = False
                pager = returned
                try:
                    await returned.prefetch()
                except DecodeError as error:
                    failed = error  # raised by parse(), after status and headers
        response = recorded(capture, method, "sent no request")

        async def parse() -> Any:
            if failed is not None:
                raise failed
            if pager is not None:
                return pager
            return await _replayed(response, method, args, kwargs)

        return AsyncRawResponse(response, parse)

    return _named(call, method)


def async_raw_response(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncRawResponse[R]]]:
    """An ``async def`` method returning an :class:`AsyncRawResponse` of its result."""
    return _raw(method)


def async_raw_listing(method: Callable[P, R]) -> Callable[P, Awaitable[AsyncRawResponse[R]]]:
    """A listing method (``AsyncPages``) whose raw response is its first page's;
    ``parse()`` gives the listing, going on from that page."""
    return _raw(method)


class AsyncStreaming(Generic[R]):
    """A call of ``with_streaming_response``: entering ``async with`` sends
    it and gives the :class:`AsyncStreamedResponse`; leaving closes it."""

    def __init__(self, method: Callable[..., Any], args: Any, kwargs: Any) -> None:
        self._method, self._args, self._kwargs = method, args, kwargs
        self._streamed: Optional[AsyncStreamedResponse[R]] = None

    async def __aenter__(self) -> AsyncStreamedResponse[R]:
        method, args, kwargs = self._method, self._args, self._kwargs
        with capturing(Capture("stream")) as capture:
            returned = method(*args, **kwargs)
            if isinstance(returned, AwaitableValue):  # a listing sends nothing: not streamable
                await returned
        response = recorded(capture, method, "cannot be streamed")
        limit = getattr(response, "openapi_limit", 64 * 1024 * 1024)

        async def replay() -> R:
            return await _replayed(response, method, args, kwargs)  # type: ignore[no-any-return]

        self._streamed = AsyncStreamedResponse(response, replay, limit)
        return self._streamed

    async def __aexit__(self, *exc: object) -> None:
        if self._streamed is not None:
            await self._streamed.aclose()


def _streaming(method: Callable[P, Any]) -> Callable[P, AsyncStreaming[Any]]:
    def call(*args: P.args, **kwargs: P.kwargs) -> AsyncStreaming[Any]:
        return AsyncStreaming(method, args, kwargs)

    return _named(call, method)


def async_streamed_response(method: Callable[P, Awaitable[R]]) -> Callable[P, AsyncStreaming[R]]:
    """An ``async def`` method returning, for ``async with``, an
    :class:`AsyncStreamedResponse` with its body unread."""
    return _streaming(method)


def async_streamed_listing(method: Callable[P, R]) -> Callable[P, AsyncStreaming[R]]:
    """A listing method: it cannot be streamed (``TypeError`` on entering), as
    with ``Client``; here so both clients have the same methods."""
    return _streaming(method)
