"""Raw and streamed responses: any operation's HTTP response beside (or
instead of) its decoded result.

``client.with_raw_response.<group>.<method>(...)`` returns a
:class:`RawResponse` (status, headers, body and ``parse()`` for the value the
plain call returns); ``client.with_streaming_response.<group>.<method>(...)``
returns a :class:`StreamedResponse` whose body has not been read, to be
consumed in chunks (``iter_bytes``, ``save``), as lines or as server-sent
events.  Both wrap the generated method itself (``raw_response``,
``streamed_response``), so they take exactly its arguments and mypy knows
their result type.

How: the wrapper opens a :class:`Capture` in a context variable (per thread
and per task, so it also serves an async client) and ``BaseClient.request``
records the first response it gets into it.  In ``stream`` mode the request
stops right after the headers, with the body unread, and unwinds the
generated method (nothing decodes); ``parse()`` later reads the body within
``max_response_bytes`` and runs the method again in ``replay`` mode, where
the request hands back the recorded response instead of sending.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Generic,
    Iterator,
    Mapping,
    Optional,
    ParamSpec,
    TypeVar,
    Union,
)

from ._errors import DecodeError, ResponseTooLarge
from ._streaming import iter_body, iter_lines
from ._types import HttpResponse, Timeout

if TYPE_CHECKING:
    import requests

    from ._streaming import EventStream

P = ParamSpec("P")
R = TypeVar("R")
H = TypeVar("H", bound=HttpResponse)  # the HTTP library's response


@dataclass
class Capture:
    """What ``BaseClient.request`` records for a wrapper: ``mode`` is ``raw``
    (read the body as usual), ``stream`` (leave it unread and unwind) or
    ``replay`` (return ``response`` without sending)."""

    mode: str
    response: Optional[requests.Response] = None
    # Unwind once the response is recorded, whatever the mode: a raw response
    # decodes only when asked (``parse()``), by replaying the method.
    unwind: bool = False


current_capture: contextvars.ContextVar[Optional[Capture]] = contextvars.ContextVar(
    "openapi_capture", default=None
)


class Captured(Exception):
    """Unwinds a generated method once its response's headers are in (stream mode)."""


class _Body(Generic[H]):
    """What raw and streamed responses share: the HTTP response's parts (a
    requests response for ``Client``, an httpx one for ``AsyncClient``)."""

    def __init__(self, response: H) -> None:
        self.http_response = response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> Mapping[str, str]:
        """The response headers (case-insensitive names)."""
        return self.http_response.headers

    @property
    def url(self) -> str:
        return str(self.http_response.url)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}]>"


class _ReadBody(_Body[H]):
    """A response whose body has been read: ``content``, ``text``, ``json()``."""

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        self.content  # noqa: B018  (read, bounded, before the library decodes it)
        return self.http_response.text

    def json(self) -> Any:
        return json.loads(self.content)


class RawResponse(_ReadBody["requests.Response"], Generic[R]):
    """A response whose body has been read (within ``max_response_bytes``):
    ``content``, ``text``, ``json()``, and ``parse()``, the value the plain
    call returns.  Nothing is decoded before ``parse()``, so a body that
    breaks its schema under ``strict`` raises ``DecodeError`` there, and the
    status and headers stay readable."""

    def __init__(self, response: requests.Response, parse: Callable[[], R]) -> None:
        super().__init__(response)
        self._parse = parse
        self._parsed: Optional[tuple[R]] = None

    @property
    def content(self) -> bytes:
        """The body; one left unread (a server-sent event stream's) is read
        now, within ``max_response_bytes``."""
        response = self.http_response
        if not response._content_consumed:  # type: ignore[attr-defined]
            from ._streaming import read_chunks

            limit = getattr(response, "openapi_limit", 64 * 1024 * 1024)
            try:
                response._content = read_chunks(response, limit, float("inf"))
            finally:
                response._content_consumed = True  # type: ignore[attr-defined]
                response.close()
        return response.content

    def parse(self) -> R:
        """The decoded result, as the method itself returns it (decoded once)."""
        if self._parsed is None:
            self._parsed = (self._parse(),)
        return self._parsed[0]


class StreamedResponse(_Body["requests.Response"], Generic[R]):
    """A response whose body is still on the connection: read it once, in
    chunks (``iter_bytes``, ``iter_lines``, ``iter_events``, ``save``), or
    whole (``read``, ``parse``: within ``max_response_bytes``).  Use it as a
    context manager, or call ``close()``: that releases the connection,
    read or not.

    A streamed body has no size cap of its own (no more than one chunk is
    held at a time) and no overall deadline; each read waits at most the
    call's read timeout.  ``save(path, max_bytes=...)`` bounds what is
    written."""

    def __init__(
        self,
        response: requests.Response,
        replay: Callable[[], R],
        limit: int,
        *,
        expires: Optional[float] = None,
        read_timeout: Optional[float] = None,
    ) -> None:
        super().__init__(response)
        self._replay = replay
        self._limit = limit
        self._expires = expires
        self._read_timeout = read_timeout
        self._parsed: Optional[tuple[R]] = None

    def __enter__(self) -> StreamedResponse[R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.http_response.close()

    def iter_bytes(self, chunk_size: int = 64 * 1024) -> Iterator[bytes]:
        """The body as it arrives, at most ``chunk_size`` bytes at a time."""
        return iter_body(self.http_response, chunk_size, self._expires, self._read_timeout)

    def iter_lines(self, max_line: int = 1024 * 1024) -> Iterator[str]:
        """The body's lines (without their ``\\n``/``\\r\\n``) as they arrive;
        a line longer than ``max_line`` bytes comes in pieces."""
        return iter_lines(self.iter_bytes(), max_line)

    def iter_events(self) -> EventStream[str]:
        """The body as server-sent events, each event's data as text."""
        from ._streaming import EventStream

        return EventStream(self.http_response, str, "str", limit=self._limit)

    def save(self, path: Union[str, os.PathLike[str]], max_bytes: Optional[int] = None) -> int:
        """Write the body to ``path`` chunk by chunk and return its size.  It is
        written to a temporary file beside ``path`` and renamed at the end, so
        a failed download never leaves a partial file nor clobbers an
        existing one; past ``max_bytes`` it raises ``ResponseTooLarge``."""
        try:
            with AtomicFile(path, max_bytes) as out:
                for chunk in self.iter_bytes():
                    out.write(chunk)
        except BaseException:
            self.close()
            raise
        return out.size

    def read(self) -> bytes:
        """The whole body (within ``max_response_bytes``)."""
        from ._streaming import read_chunks

        response = self.http_response
        if not response._content_consumed:  # type: ignore[attr-defined]
            try:
                response._content = read_chunks(
                    response, self._limit, self._expires or float("inf")
                )
            except BaseException:
                response.close()
                raise
            response._content_consumed = True  # type: ignore[attr-defined]
        return response.content

    def parse(self) -> R:
        """The decoded result, as the method itself returns it: the body is read
        (within ``max_response_bytes``) and decoded once."""
        if self._parsed is None:
            self.read()
            self._parsed = (self._replay(),)
        return self._parsed[0]


@contextlib.contextmanager
def capturing(capture: Capture) -> Iterator[Capture]:
    """Run a generated method under ``capture`` (see the module docstring); the
    ``Captured`` that unwinds it ends the block quietly."""
    token = current_capture.set(capture)
    try:
        yield capture
    except Captured:
        pass
    finally:
        current_capture.reset(token)


def recorded(capture: Capture, method: Callable[..., Any], what: str) -> Any:
    """The response ``capture`` recorded; a ``TypeError`` if ``method`` sent none."""
    if capture.response is None:
        raise TypeError(f"{getattr(method, '__name__', method)} {what}")
    return capture.response


class AtomicFile:
    """A download's target, written to a temporary file beside ``path`` and
    renamed over it only when the whole body is in: a failure leaves neither
    a partial file nor a clobbered old one.  ``ResponseTooLarge`` past
    ``max_bytes``."""

    def __init__(self, path: Union[str, os.PathLike[str]], max_bytes: Optional[int]) -> None:
        self.target = Path(path)
        self.max_bytes = max_bytes
        self.size = 0

    def __enter__(self) -> AtomicFile:
        handle, self._temporary = tempfile.mkstemp(
            prefix=f".{self.target.name}.", dir=self.target.parent
        )
        self._out = os.fdopen(handle, "wb")
        return self

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.max_bytes is not None and self.size > self.max_bytes:
            raise ResponseTooLarge(f"body exceeds max_bytes ({self.max_bytes})")
        self._out.write(chunk)

    def __exit__(self, kind: Optional[type[BaseException]], *exc: object) -> None:
        self._out.close()
        if kind is None:
            os.replace(self._temporary, self.target)
        else:
            os.unlink(self._temporary)


def raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """``method`` returning a :class:`RawResponse` of its result."""

    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        pager: Optional[R] = None
        failed: Optional[DecodeError] = None
        with capturing(Capture("raw", unwind=True)) as capture:
            returned = method(*args, **kwargs)
            prefetch = getattr(returned, "prefetch", None)
            if capture.response is None and prefetch is not None:
                # A lazy pager sends nothing until asked: its first page is
                # the response, fetched (and decoded) now.
                capture.unwind = False
                pager = returned
                try:
                    prefetch()
                except DecodeError as error:
                    failed = error  # raised by parse(), after status and headers
        response = recorded(capture, method, "sent no request")

        def parse() -> R:
            if failed is not None:
                raise failed
            if pager is not None:
                return pager
            with capturing(Capture("replay", response)):
                return method(*args, **kwargs)
            raise AssertionError("unreachable: replay never unwinds")

        return RawResponse(response, parse)

    return _named(call, method)


def streamed_response(method: Callable[P, R]) -> Callable[P, StreamedResponse[R]]:
    """``method`` returning a :class:`StreamedResponse` with its body unread."""

    def call(*args: P.args, **kwargs: P.kwargs) -> StreamedResponse[R]:
        with capturing(Capture("stream")) as capture:
            method(*args, **kwargs)
        response = recorded(capture, method, "cannot be streamed")
        limit = getattr(response, "openapi_limit", 64 * 1024 * 1024)

        def replay() -> R:
            with capturing(Capture("replay", response)):
                return method(*args, **kwargs)
            raise AssertionError("unreachable: replay never unwinds")

        return StreamedResponse(response, replay, limit)

    return _named(call, method)


def _named(wrapper: Callable[P, R], method: Callable[..., Any]) -> Callable[P, R]:
    """``wrapper`` named and documented as ``method``, which it wraps (``__wrapped__``:
    ``inspect.signature`` and IDEs show the method's parameters)."""
    wrapper.__name__ = getattr(method, "__name__", "call")
    wrapper.__qualname__ = getattr(method, "__qualname__", wrapper.__name__)
    wrapper.__doc__ = getattr(method, "__doc__", None)
    wrapper.__wrapped__ = method  # type: ignore[attr-defined]
    return wrapper


def open_stream(
    url: str,
    *,
    timeout: Timeout = (10.0, 60.0),
    headers: Optional[Mapping[str, str]] = None,
    expires: Optional[float] = None,
    limit: int = 64 * 1024 * 1024,
) -> StreamedResponse[bytes]:
    """GET ``url``, a URL an API response handed out (a signed build-output or
    log stream, a download on a storage host), with its body unread.

    Such URLs carry their own signature, so nothing of a client goes with
    them: a session of its own, no ``Authorization``, no netrc login
    (proxies and CA bundles from the environment still apply).  ``timeout``
    bounds the connection and each read; ``expires`` (``time.monotonic()``)
    is a deadline for the whole stream, each read waiting no longer than
    what is left of it (then ``DeadlineExceeded``).  An error status raises
    the ``ApiError`` of its status; URLs in errors have their query redacted."""
    import time

    from ._errors import DeadlineExceeded, TransportError, error_from_response
    from ._redact import redact_url
    from ._streaming import read_chunks
    from ._transport import describe, http, within

    loaded = http()
    session = loaded.Session()
    session.auth = _no_auth  # the session's own auth: requests adds no netrc login
    left = None if expires is None else expires - time.monotonic()
    if left is not None and left <= 0:
        raise DeadlineExceeded(f"GET {redact_url(url)}: deadline exceeded")
    try:
        response = session.get(
            url,
            headers=dict(headers or {}),
            timeout=timeout if left is None else within(timeout, left),
            stream=True,
        )
    except loaded.SendErrors as exc:
        session.close()
        raise TransportError(f"GET {redact_url(url)}: {type(exc).__name__}: {describe(exc)}")
    if response.status_code >= 400:
        try:
            response._content = read_chunks(response, limit, expires or float("inf"))
        except (ResponseTooLarge, DeadlineExceeded) + loaded.ReadErrors:
            response._content = b""
        finally:
            response.close()
            session.close()
        raise error_from_response(response)
    response.openapi_session = session  # type: ignore[attr-defined]  # closed with it
    read_timeout = timeout[1] if isinstance(timeout, tuple) else timeout
    return StreamedResponse(
        response, lambda: response.content, limit, expires=expires, read_timeout=read_timeout
    )


def _no_auth(request: requests.PreparedRequest) -> requests.PreparedRequest:
    return request
