"""Reading a response body: whole (``read_chunks``: within a size cap and the
call's deadline, so a huge, endless or trickling body cannot exhaust memory or
hold a call forever), or as it arrives (``iter_body``, ``iter_lines``,
``EventStream``: one chunk, line or event held at a time).

The parsing (``LineDecoder``, ``SseDecoder``) is sans I/O, fed chunks of
bytes, so ``AsyncEventStream`` (``_async_streaming``) uses the same code.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Generic,
    Iterable,
    Iterator,
    Mapping,
    Optional,
    TypeVar,
)

from ._errors import DeadlineExceeded, ResponseTooLarge, TransportError
from ._redact import redact_url
from ._types import Decoder, HttpResponse, T

R = TypeVar("R", bound=HttpResponse)

if TYPE_CHECKING:
    import requests


CHUNK = 64 * 1024
MAX_LINE = 1024 * 1024  # longer lines are passed on in pieces of this size


def check_declared(headers: Mapping[str, str], limit: int) -> None:
    """``ResponseTooLarge`` before reading a body whose Content-Length is past ``limit``."""
    declared = headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLarge(f"Content-Length {declared} exceeds max_response_bytes ({limit})")


def read_chunks(response: requests.Response, limit: int, expires: float) -> bytes:
    check_declared(response.headers, limit)
    read = response.raw.read1  # returns what has arrived (at most one read of the socket)
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = read(CHUNK, decode_content=True)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise ResponseTooLarge(f"body exceeds max_response_bytes ({limit})")
        chunks.append(chunk)
        if time.monotonic() > expires:
            raise DeadlineExceeded()


def _set_read_timeout(response: requests.Response, seconds: float) -> None:
    """Shorten the socket timeout of a streamed response before a read (urllib3
    keeps the connection on the response while it is streamed)."""
    sock = getattr(getattr(response.raw, "connection", None), "sock", None)
    if sock is not None:
        sock.settimeout(max(0.001, seconds))


def iter_body(
    response: requests.Response,
    chunk_size: int = CHUNK,
    expires: Optional[float] = None,
    read_timeout: Optional[float] = None,
) -> Iterator[bytes]:
    """The body as it arrives (``read1``: what the socket has, without waiting
    for a full buffer), at most ``chunk_size`` bytes at a time.  Each read
    waits at most the call's read timeout (``read_timeout``), and no longer
    than ``expires`` (``time.monotonic()``) when given: then ``DeadlineExceeded``.  A broken
    stream raises ``TransportError``; the connection is closed at the end,
    on error, and when the iterator is closed early."""
    from ._transport import http  # loaded already: there is a response

    read_errors = http().ReadErrors
    try:
        while True:
            if expires is not None:
                left = expires - time.monotonic()
                if left <= 0:
                    raise DeadlineExceeded(f"{redact_url(response.url)}: deadline exceeded")
                _set_read_timeout(
                    response, left if read_timeout is None else min(left, read_timeout)
                )
            try:
                chunk = response.raw.read1(chunk_size, decode_content=True)
            except read_errors as exc:
                if expires is not None and time.monotonic() >= expires:
                    raise DeadlineExceeded(f"{redact_url(response.url)}: deadline exceeded")
                raise TransportError(
                    f"{redact_url(response.url)}: the stream broke off ({type(exc).__name__})"
                ) from None
            if not chunk:
                return
            yield chunk
    finally:
        response.close()
        session = getattr(response, "openapi_session", None)
        if session is not None:
            session.close()


def _cut(buffer: bytearray, start: int, size: int) -> int:
    """Where to end a piece of an over-long line that begins at ``start``: at
    most ``size`` bytes on, backing over up to 3 UTF-8 continuation bytes so
    no character is split."""
    cut = start + size
    while cut > start + size - 3 and buffer[cut] & 0xC0 == 0x80:
        cut -= 1
    return cut


def _decoded(line: bytes | bytearray) -> str:
    return bytes(line).rstrip(b"\r").decode("utf-8", "replace")


class LineDecoder:
    """Bytes in, decoded lines (``\\n`` or ``\\r\\n`` ended) out, incrementally and
    without I/O, so the sync and async clients share it.  Linear time (each
    byte is searched for a newline once); a line longer than ``max_line``
    bytes is passed on in pieces, so memory stays bounded whatever the server
    sends."""

    def __init__(self, max_line: int = MAX_LINE, refuse_longer: bool = False) -> None:
        """``refuse_longer``: a longer line raises ``ResponseTooLarge`` instead
        (an event stream's line, which cannot be parsed in pieces)."""
        self.max_line = max_line
        self.refuse_longer = refuse_longer
        self._buffer = bytearray()

    def feed(self, chunk: bytes) -> Iterator[str]:
        """The lines ``chunk`` completes, one at a time (consume them all
        before the next ``feed``)."""
        buffer = self._buffer
        buffer += chunk
        start, end = 0, buffer.find(b"\n")
        while True:
            limit = end if end >= 0 else len(buffer)
            if limit - start > self.max_line:  # a piece of an over-long line
                if self.refuse_longer:
                    raise ResponseTooLarge(f"a line exceeds {self.max_line} bytes")
                cut = _cut(buffer, start, self.max_line)
                yield _decoded(buffer[start:cut])
                start = cut
            elif end >= 0:
                yield _decoded(buffer[start:end])
                start = end + 1
                end = buffer.find(b"\n", start)
            else:
                break
        del buffer[:start]

    def flush(self) -> list[str]:
        """At the end of the body: its last line, if it had no newline."""
        rest = [_decoded(self._buffer)] if self._buffer else []
        self._buffer.clear()
        return rest


def iter_lines(chunks: Iterable[bytes], max_line: int = MAX_LINE) -> Iterator[str]:
    """The lines of a byte stream (see ``LineDecoder``)."""
    decoder = LineDecoder(max_line)
    for chunk in chunks:
        yield from decoder.feed(chunk)
    yield from decoder.flush()


# ---------------------------------------------------------------- server-sent events


@dataclass(frozen=True)
class ServerSentEvent(Generic[T]):
    """One event of a ``text/event-stream``: ``data`` decoded with the schema
    the document gives (its text when none); ``event`` its type (``message``
    when the server names none); ``id`` the last event id seen so far;
    ``retry`` the reconnection delay in milliseconds the server last asked
    for; ``text`` the data as sent (its ``data:`` lines joined by ``\\n``)."""

    event: str
    data: T
    id: Optional[str]
    retry: Optional[int]
    text: str


@dataclass(frozen=True)
class RawEvent:
    """One event as parsed, its data not yet decoded."""

    event: str
    data: str
    id: Optional[str]
    retry: Optional[int]


class SseParser:
    """The WHATWG event-stream rules, fed one line at a time: ``data:`` lines
    accumulate (joined by ``\\n``), a blank line dispatches the event, ``:``
    starts a comment, ``id`` (without NUL) and ``retry`` (digits only) persist
    across events, one space after the colon is dropped, unknown fields are
    ignored.  One event's data is bounded by ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.last_id: Optional[str] = None
        self.retry: Optional[int] = None
        self._data: list[str] = []
        self._size = 0
        self._event = ""
        self._first = True

    def feed(self, line: str) -> Optional[RawEvent]:
        if self._first:
            self._first = False
            line = line.removeprefix("\ufeff")
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._size += len(value) + 1
            if self._size > self.limit:
                raise ResponseTooLarge(f"an event's data exceeds max_response_bytes ({self.limit})")
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self.last_id = value
        elif name == "retry" and value.isdigit():
            self.retry = int(value)
        return None

    def _dispatch(self) -> Optional[RawEvent]:
        data, event = self._data, self._event
        self.discard()
        if not data:
            return None
        return RawEvent(event or "message", "\n".join(data), self.last_id, self.retry)

    def discard(self) -> None:
        """Forget the event being read (at a blank line, or when its connection ends)."""
        self._data, self._size, self._event = [], 0, ""

    def reconnect_delay(self) -> float:
        """Seconds to wait before reconnecting: the server's ``retry:`` (1 s when
        it sent none), at most ``MAX_RECONNECT_DELAY``."""
        delay = 1.0 if self.retry is None else self.retry / 1000
        return min(delay, MAX_RECONNECT_DELAY)


class SseDecoder:
    """One connection's event stream, sans I/O: chunks of bytes in, complete
    events out (``LineDecoder`` then ``SseParser``).  Both clients feed it
    what their transport reads; a reconnection gets a new decoder over the
    same parser, so the last event id and ``retry`` carry on while a partial
    line or event of the dropped connection is discarded (WHATWG)."""

    def __init__(self, parser: SseParser) -> None:
        self.parser = parser
        # a line may hold one event's whole data after its "data: "
        self._lines = LineDecoder(parser.limit + len("data: "), refuse_longer=True)

    def feed(self, chunk: bytes) -> Iterator[RawEvent]:
        """The events ``chunk`` completes, in order (an event too large raises
        where it stands, after those before it; consume them all before the
        next ``feed``)."""
        return self._parsed(self._lines.feed(chunk))

    def end(self) -> Iterator[RawEvent]:
        """At the end of the connection: an event still open is dropped."""
        yield from self._parsed(iter(self._lines.flush()))
        self.parser.discard()

    def _parsed(self, lines: Iterator[str]) -> Iterator[RawEvent]:
        for line in lines:
            event = self.parser.feed(line)
            if event is not None:
                yield event


# The longest pause before a reconnection, whatever ``retry:`` the server asked for.
MAX_RECONNECT_DELAY = 60.0


class _Events(Generic[R, T]):
    """What ``EventStream`` and ``AsyncEventStream`` share: the parser that
    outlives reconnections, each event's data decoded, and the response
    (type ``R``: a requests or an httpx response) being read."""

    def __init__(
        self,
        response: R,
        decoder: Decoder[T],
        what: str,
        *,
        json: bool = False,
        limit: Optional[int] = None,
        reopen: Optional[Callable[[Optional[str]], Any]] = None,
    ) -> None:
        """``limit`` bounds one event's data: the client's ``max_response_bytes``
        (recorded on the response) when None."""
        self.response = response
        self._decoder = decoder
        self._what = what
        self._json = json
        if limit is None:
            limit = getattr(response, "openapi_limit", 64 * 1024 * 1024)
        self._parser = SseParser(limit)
        self._reopen = reopen or getattr(response, "openapi_reopen", None)
        self._closed = False

    @property
    def last_event_id(self) -> Optional[str]:
        return self._parser.last_id

    def _decode(self, raw: RawEvent) -> ServerSentEvent[T]:
        from ._decoding import decode_value

        value: Any = raw.data
        if self._json:
            import json

            try:
                value = json.loads(raw.data)
            except ValueError:
                value = raw.data  # a keep-alive or a [DONE] marker: passed on as text
            else:
                value = decode_value(value, self._decoder, self._what, self.response)
        return ServerSentEvent(raw.event, value, raw.id, raw.retry, raw.data)

    def _reopener(self) -> Callable[[Optional[str]], Any]:
        if self._reopen is None:
            raise TypeError("this stream was not opened by a request it can repeat")
        return self._reopen


class EventStream(_Events["requests.Response", T]):
    """Server-sent events of a ``text/event-stream`` response, as they arrive.

    Iterate it for :class:`ServerSentEvent` objects, each event's data decoded
    by the schema the document gives for it (JSON data) or kept as text.
    Closing it (``close()``, ``with``, or breaking out of a ``for`` over it and
    dropping it) closes the connection.  ``reconnecting(attempts)`` iterates
    across dropped connections: it waits the server's ``retry:`` (at most
    ``MAX_RECONNECT_DELAY`` s; 1 s when it sent none) and sends the request
    again with ``Last-Event-ID``, up to ``attempts`` times in a row without an
    event in between; a ``204 No Content`` answer ends it, an error status
    raises as any call does."""

    def __enter__(self) -> EventStream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._closed = True
        self.response.close()

    def _events(self, response: requests.Response) -> Iterator[ServerSentEvent[T]]:
        decoder = SseDecoder(self._parser)
        try:
            for chunk in iter_body(response):
                for raw in decoder.feed(chunk):
                    yield self._decode(raw)
            for raw in decoder.end():
                yield self._decode(raw)
        finally:
            response.close()

    def __iter__(self) -> Iterator[ServerSentEvent[T]]:
        return self._events(self.response)

    def reconnecting(self, attempts: int = 3) -> Iterator[ServerSentEvent[T]]:
        """The events across reconnections (see the class docstring)."""
        plan = Reconnection(self, attempts)
        while True:
            try:
                yield from map(plan.seen, self._events(self.response))
            except TransportError:
                pass
            delay = plan.delay(self._closed)
            if delay is None:
                return
            time.sleep(delay)
            self.response = plan.reopen(self._parser.last_id)
            if plan.ended(self.response):
                self.response.close()
                return


E = TypeVar("E")


class Reconnection:
    """When ``reconnecting()`` opens an event stream again, without I/O (both
    clients follow it): after each connection ends, unless the stream was
    closed or ``attempts`` connections in a row brought no event, once the
    server's ``retry:`` has passed; a ``204 No Content`` reply ends it."""

    def __init__(self, events: _Events[Any, Any], attempts: int) -> None:
        self.reopen = events._reopener()
        self._parser = events._parser
        self._attempts = self._left = attempts

    def seen(self, event: E) -> E:
        """An event came: the count of attempts starts again."""
        self._left = self._attempts
        return event

    def delay(self, closed: bool) -> Optional[float]:
        """Seconds to wait before reconnecting; None: stop."""
        if closed or self._left <= 0:
            return None
        self._left -= 1
        return self._parser.reconnect_delay()

    @staticmethod
    def ended(response: HttpResponse) -> bool:
        return response.status_code == 204  # the server's way of saying "stop"
