"""The asynchronous client: an ``httpx.AsyncClient`` and ``request``, the single
place every generated operation of ``AsyncClient`` awaits.

Only the I/O is here.  What to send, how to read the reply, which errors and
statuses to retry and how long to wait come from ``_core`` and ``_retrying``,
the same code the synchronous client uses.  ``httpx`` is an optional
dependency (``pip install <package>[async]``) imported when the first
``AsyncClient`` is built, never with the package.
"""

from __future__ import annotations

import math
import sys
import time
from urllib.parse import urlencode, urljoin
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    BinaryIO,
    Callable,
    Iterable,
    Mapping,
    NamedTuple,
    Optional,
    TypeVar,
    Union,
    cast,
)

from ._async_streaming import aread_capped
from ._streaming import CHUNK
from ._uploads import remaining_size, resendable
from ._auth import CallAuth, Secret, Security, checked_token
from ._decoding import ErrorDecoders
from ._servers import Server
from ._core import UNSENDABLE_HEADER, ClientCore, Outgoing, innermost_reason, log, within
from ._errors import DeadlineExceeded, ResponseTooLarge, TransportError
from ._origin import origin
from ._params import multipart_parts, protect_dot_segments
from ._redact import quiet_library_urls, redact_url
from ._retrying import RetryRules, fits_before
from ._types import UNSET, AsyncRawBody, Timeout

if TYPE_CHECKING:
    import asyncio

    import httpx

# asyncio is imported where it is used, not here: it costs about as much as the
# rest of the package, and ``import <package>`` must not pay for an AsyncClient
# it may never build (httpx imports it anyway once one is).

A = TypeVar("A", bound="AsyncBaseClient")
R = TypeVar("R")
# A token, or an async function returning one (awaited once, on the first call).
AsyncToken = Union[str, Callable[[], Awaitable[str]], None]


class Httpx(NamedTuple):
    """The parts of ``httpx`` the client uses; see ``httpx_loaded()``."""

    AsyncClient: type[httpx.AsyncClient]
    Limits: type[httpx.Limits]
    Timeout: type[httpx.Timeout]
    URL: type[httpx.URL]
    RequestError: type[httpx.RequestError]  # everything httpx raises for a request
    TransportError: type[httpx.TransportError]  # of those, the ones worth a retry
    NotSent: tuple[type[BaseException], ...]  # failed before the request went out
    Dropped: tuple[type[BaseException], ...]  # the connection failed (requests: ConnectionError)
    Timeouts: tuple[type[BaseException], ...]
    TooManyRedirects: type[httpx.TooManyRedirects]
    Unsendable: tuple[type[BaseException], ...]  # their messages may quote a header value


_httpx_loaded: Optional[Httpx] = None


def httpx_loaded() -> Httpx:
    """``httpx``, imported the first time an ``AsyncClient`` is built (importing it
    costs more than the whole generated package; code that never makes an async
    call never pays for it).  Without it, an ImportError saying what to install."""
    global _httpx_loaded
    if _httpx_loaded is None:
        try:
            import httpx
        except ImportError:
            package = __name__.split(".", 1)[0].replace("_", "-")
            raise ImportError(f"AsyncClient needs httpx: pip install '{package}[async]'") from None
        quiet_library_urls(("httpx", "httpcore"))
        _httpx_loaded = Httpx(
            httpx.AsyncClient,
            httpx.Limits,
            httpx.Timeout,
            httpx.URL,
            httpx.RequestError,
            httpx.TransportError,
            (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout),
            (httpx.NetworkError, httpx.RemoteProtocolError),
            (httpx.TimeoutException,),
            httpx.TooManyRedirects,
            (UnicodeEncodeError, httpx.LocalProtocolError),
        )
    return _httpx_loaded


class Deadlines:
    """The deadlines of the calls in flight on one event loop, kept by one timer.

    ``asyncio.timeout`` per call schedules a timer and cancels it again:
    12 us of a call's CPU, against 3 us for this (measured on a mock
    transport, Python 3.11).  The calls of a client
    mostly share one deadline length, so a new call almost never expires
    before one already waiting: one timer, set for the earliest deadline,
    serves them all.  When it fires it cancels each call past its deadline
    and is set again for the earliest one left.  A cancelled call ends as it
    would under ``asyncio.timeout``: ``asyncio.TimeoutError`` when the
    deadline alone cancelled it, the cancellation itself when someone else
    cancelled it too."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._waiting: dict[object, tuple[float, asyncio.Task[Any]]] = {}
        self._expired: set[object] = set()
        self._timer: Optional[asyncio.TimerHandle] = None
        self._at = math.inf  # time.monotonic() the timer fires at

    async def run(self, work: Awaitable[R], expires: float) -> R:
        """``await work``, cancelled at ``expires`` (``time.monotonic()``)."""
        import asyncio

        task = asyncio.current_task()
        if task is None or sys.version_info < (3, 11):  # no Task.uncancel() before 3.11
            return await asyncio.wait_for(work, expires - time.monotonic())
        key = object()
        cancelling = task.cancelling()
        self._waiting[key] = (expires, task)
        if expires < self._at:
            self._set(expires)
        try:
            result = await work
        except asyncio.CancelledError:
            if self._forget(key, task, cancelling):
                raise asyncio.TimeoutError from None
            raise
        except BaseException:
            self._forget(key, task, cancelling)
            raise
        self._forget(key, task, cancelling)
        return result

    def _forget(self, key: object, task: asyncio.Task[Any], cancelling: int) -> bool:
        """Drop a call that ended; whether only its deadline cancelled it."""
        del self._waiting[key]
        if key not in self._expired:
            return False
        self._expired.discard(key)
        return task.uncancel() <= cancelling

    def _set(self, expires: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._at = expires
        self._timer = self.loop.call_at(self.loop.time() + expires - time.monotonic(), self._fire)

    def _fire(self) -> None:
        self._timer, self._at = None, math.inf
        now = time.monotonic()
        earliest = math.inf
        for key, (expires, task) in self._waiting.items():
            if key in self._expired:
                continue
            if expires <= now:
                self._expired.add(key)
                task.cancel()
            elif expires < earliest:
                earliest = expires
        if earliest < math.inf:
            self._set(earliest)


def _leaves(old: str, new: str) -> bool:
    """Whether a redirect from ``old`` to ``new`` leaves the origin (as requests
    judges it: an upgrade from http to https on the default ports stays)."""
    before, after = origin(old), origin(new)
    if before == after:
        return False
    upgrade = (before[0], after[0], before[2], after[2]) == ("http", "https", 80, 443)
    return not (upgrade and before[1] == after[1])


async def _chunks(body: Iterable[bytes]) -> AsyncIterator[bytes]:
    """A synchronous iterator of chunks as httpx's async client needs it."""
    for chunk in body:
        yield chunk


async def _file_chunks(body: BinaryIO) -> AsyncIterator[bytes]:
    """A file body read as it is sent, one chunk in memory at a time."""
    while True:
        chunk = body.read(CHUNK)
        if not chunk:
            return
        yield chunk


class AsyncBaseClient(ClientCore):
    """The asynchronous twin of ``BaseClient``: the same settings, conventions,
    credentials, errors, retries, deadline and size cap; calls are awaited.

    A generated ``AsyncClient`` passes its synchronous ``Client`` as
    ``conventions`` (``class AsyncClient(AsyncBaseClient, conventions=Client)``)
    and so speaks the API exactly as ``Client`` does: base URL, token variable,
    auth scheme, error fields and every other convention are copied from it.
    One client may be shared by many tasks of one event loop; close it with
    ``await client.aclose()`` or ``async with``.
    """

    def __init_subclass__(cls, conventions: Optional[type[ClientCore]] = None, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        if conventions is not None:
            for name in dir(conventions):
                if name.isupper() and not name.startswith("_"):
                    setattr(cls, name, getattr(conventions, name))

    def __init__(
        self,
        token: AsyncToken = None,
        *,
        base_url: Optional[str] = None,
        server: Optional[int] = None,
        server_variables: Optional[Mapping[str, Optional[str]]] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Timeout = (10.0, 60.0),
        retries: int = 3,
        backoff_factor: float = 0.5,
        pool_size: int = 10,
        http_client: Optional[httpx.AsyncClient] = None,
        deadline: float = 300.0,
        max_response_bytes: int = 64 * 1024 * 1024,
        max_retry_after: float = 60.0,
        strict: bool = False,
        credentials: Optional[Mapping[str, Secret]] = None,
    ) -> None:
        """``credentials``: each security scheme's argument, as ``Client`` takes
        them; ``token`` may also be an async function returning the token."""
        given = token if isinstance(token, str) or token is None else None
        self._configure(
            given,
            base_url,
            server,
            server_variables,
            headers,
            timeout,
            deadline,
            max_response_bytes,
            max_retry_after,
            strict,
            credentials or {},
            None,  # OAuth2 tokens are fetched here, awaited (see _call_auth_async)
        )
        self._token_provider = None if isinstance(token, str) else token
        import asyncio

        # One lock for the token provider and OAuth2 token fetches: calls that
        # need a token at once wait for one fetch and share its token.
        self._token_lock = asyncio.Lock()
        self._deadlines_of: Optional[Deadlines] = None
        self._retry = RetryRules(
            total=retries or 0, backoff_factor=backoff_factor, max_retry_after=max_retry_after
        )
        loaded = httpx_loaded()
        self.session = http_client or loaded.AsyncClient(
            limits=loaded.Limits(max_connections=pool_size, max_keepalive_connections=pool_size),
        )

    async def __aenter__(self: A) -> A:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the client's connections."""
        await self.session.aclose()

    def _deadlines(self) -> Deadlines:
        """The deadline timer of the running event loop (a client used from a
        new loop starts a new one; the old loop's calls keep theirs)."""
        import asyncio

        loop = asyncio.get_running_loop()
        deadlines = self._deadlines_of
        if deadlines is None or deadlines.loop is not loop:
            deadlines = self._deadlines_of = Deadlines(loop)
        return deadlines

    async def _call_auth_async(self, security: Optional[Security], base: str) -> CallAuth:
        """What the call sends (``ClientCore._call_auth``), after awaiting what it
        needs first: the token provider (once) and any OAuth2 token not yet
        fetched or about to expire, each fetched once, under the lock, however
        many calls wait for it."""
        required = self.SECURITY if security is None else security
        if self._token_provider is not None:
            async with self._token_lock:
                if self._token_provider is not None:
                    token = await self._token_provider()
                    self._auth.provide("token", checked_token(token, "the token provider"))
                    self._token_provider = None
        for source in self._auth.stale_tokens(required):
            async with self._token_lock:
                if source.stale():  # another call may have fetched it meanwhile
                    started = time.monotonic()
                    source.store(await self._fetch_token(*source.grant()), started)
        return self._call_auth(security, base)

    async def _fetch_token(
        self, url: str, fields: Mapping[str, str], client_id: str, secret: str
    ) -> Mapping[str, Any]:
        """POST the client credentials grant (as ``BaseClient._fetch_token``): the
        client id and secret as HTTP Basic auth, no redirect followed, the reply
        bounded in size and time; a refusal is ``InvalidCredentials``."""
        import asyncio
        import base64

        loaded = httpx_loaded()
        target = urljoin(self.base_url + "/", url)
        started, expires = self._token_clock()
        basic = base64.b64encode(f"{client_id}:{secret}".encode("utf-8")).decode("ascii")
        form = urlencode(dict(fields)).encode("ascii")
        call = Outgoing(
            method="POST",
            base=self.base_url,
            url=target,
            query="",
            headers={
                "Authorization": f"Basic {basic}",
                "Accept": "application/json",
                "Content-Type": "application/x-www-form-urlencoded",
            },
            cookies={},
            body=form,
            form=None,
            multipart=None,
            opened=None,
            start=None,
            started=started,
            expires=expires,
            strict=False,
        )
        left = within(self.timeout, expires - started)
        try:
            request = self.session.build_request(
                "POST",
                target,
                headers=call.headers,
                content=form,
                timeout=(
                    loaded.Timeout(left[1], connect=left[0])
                    if isinstance(left, tuple)
                    else loaded.Timeout(left)
                ),
            )
            response = await self._deadlines().run(
                self.session.send(request, stream=True, follow_redirects=False), expires
            )
        except asyncio.TimeoutError:
            raise DeadlineExceeded(f"POST {redact_url(target)}: deadline exceeded") from None
        except loaded.RequestError as exc:
            raise self._failed(call, exc) from None
        await self._read_body(response, call, self.MAX_TOKEN_REPLY_BYTES)
        return self._token_reply(target, response.status_code, response.content)

    async def request(
        self,
        method: str,
        path: str,
        *,
        path_params: Optional[Mapping[str, Any]] = None,
        query: Optional[Mapping[str, Any]] = None,
        header_params: Optional[Mapping[str, Any]] = None,
        cookies: Optional[Mapping[str, Any]] = None,
        json_body: Any = UNSET,
        form: Optional[Mapping[str, Any]] = None,
        multipart: Optional[Mapping[str, Any]] = None,
        content: Optional[AsyncRawBody] = None,
        content_type: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Timeout = None,
        deadline: Optional[float] = None,
        accept: Optional[str] = None,
        strict: Optional[bool] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        errors: Optional[ErrorDecoders] = None,
        stream: bool = False,
        security: Optional[Security] = None,
        servers: tuple[Server, ...] = (),
        url: Optional[str] = None,
    ) -> httpx.Response:
        """Send one request and return the response, raising ``ApiError`` for
        >= 400; the arguments mean what they mean in ``BaseClient.request``.

        The whole call (retries, their waits and reading the body) runs
        within its ``deadline``; past it, ``DeadlineExceeded``.  ``stream``
        leaves a success body unread (``_async_streaming`` reads it): the
        deadline then ends when the headers are in, and each later read waits
        at most the read timeout.  Under ``with_raw_response`` the body is read
        here even then, within ``max_response_bytes`` and the deadline."""
        capture, replayed = self._capture(strict)
        if replayed is not None:
            return cast("httpx.Response", replayed)
        if capture is not None and capture.response is None:
            stream = capture.mode == "stream" or (stream and capture.mode != "raw")
        call = self._outgoing(
            method,
            path,
            path_params=path_params,
            query=query,
            header_params=header_params,
            cookies=cookies,
            json_body=json_body,
            form=form,
            multipart=multipart,
            content=content,
            content_type=content_type,
            headers=headers,
            deadline=deadline,
            accept=accept,
            strict=strict,
            extra_query=extra_query,
            extra_body=extra_body,
            servers=servers,
            url=url,
        )
        import asyncio

        chosen = self.timeout if timeout is None else timeout
        try:
            call_auth = await self._call_auth_async(security, call.base)
            response = await self._deadlines().run(
                self._attempts(call, chosen, call_auth, stream), call.expires
            )
            if self._refused_token(response.status_code, call_auth, call):
                call_auth = await self._call_auth_async(security, call.base)
                response = await self._deadlines().run(
                    self._attempts(call, chosen, call_auth, stream), call.expires
                )
        except asyncio.TimeoutError:
            raise DeadlineExceeded(f"{method} {redact_url(call.url)}: deadline exceeded") from None
        finally:
            if call.opened is not None:
                call.opened.close()
        self._accepted(call, response, errors)
        if stream:
            reopen = self._reopener(self.request, locals())  # the arguments sent again
            response.openapi_reopen = reopen  # type: ignore[attr-defined]
        self._record(capture, response)
        return response

    async def _attempts(
        self, call: Outgoing, timeout: Timeout, auth: CallAuth, stream: bool = False
    ) -> httpx.Response:
        """Send ``call`` until it gets a response that stands (see ``RetryRules``)
        and return it with its body read (a success's left unread if ``stream``)."""
        import asyncio

        loaded = httpx_loaded()
        retry = 1
        while True:
            try:
                response = await self._send(call, timeout, auth)
            except loaded.RequestError as exc:
                if isinstance(exc, loaded.Unsendable) or not isinstance(exc, loaded.TransportError):
                    raise self._failed(call, exc) from None
                sent = not isinstance(exc, loaded.NotSent)
                wait = self._retry.wait_after_error(retry, call.method, sent)
                if sent and not resendable(call.body, call.start, call.multipart):
                    wait = None  # its body is used up: sending again would send it empty
                if not fits_before(wait, call.expires):
                    raise self._failed(call, exc) from None
                log.warning(  # as urllib3 warns of its retries
                    "Retrying (%d/%d) %s %s after %s",
                    retry,
                    self._retry.total,
                    call.method,
                    redact_url(call.url),
                    type(exc).__name__,
                )
            else:
                wait = self._retry.wait_after_status(
                    retry, call.method, response.status_code, response.headers
                )
                if wait is not None and not resendable(call.body, call.start, call.multipart):
                    wait = None  # its body is used up: the response stands
                if not fits_before(wait, call.expires):
                    if not stream or response.status_code >= 400:
                        await self._read_body(response, call)
                    return response
                log.debug(
                    "Retrying (%d/%d) %s %s after status %d",
                    retry,
                    self._retry.total,
                    call.method,
                    redact_url(call.url),
                    response.status_code,
                )
                await response.aclose()
            await asyncio.sleep(wait or 0.0)
            retry += 1

    async def _send(self, call: Outgoing, timeout: Timeout, auth: CallAuth) -> httpx.Response:
        loaded = httpx_loaded()
        left = within(timeout, call.expires - time.monotonic())
        body: Any = call.body
        headers = call.headers
        if call.form is not None:  # encoded as requests encodes a form
            body = urlencode(call.form).encode("ascii")
            call.headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        elif hasattr(body, "read"):  # a file: streamed from where it started, every attempt
            if call.start is not None:
                body.seek(call.start)
            size = remaining_size(body)
            if size is not None:  # as requests sends a file: with its length, not chunked
                headers = {**headers, "Content-Length": str(size)}
            body = _file_chunks(body)
        elif body is not None and not isinstance(body, (bytes, bytearray)):
            body = body if hasattr(body, "__aiter__") else _chunks(body)
        url = call.full_url
        if "/." in url:
            url = protect_dot_segments(url)
        try:
            request = self.session.build_request(
                call.method,
                url,
                headers=headers,
                cookies=call.cookies or None,
                content=body,
                files=None if call.multipart is None else multipart_parts(call.multipart),
                timeout=(
                    loaded.Timeout(left[1], connect=left[0])
                    if isinstance(left, tuple)
                    else loaded.Timeout(left)
                ),
            )
            # the credentials last, only for the API's origin (see CallAuth); the
            # URL is parsed again only if a credential went into its query
            sent = str(request.url)
            with_credentials = auth.apply(sent, request.headers)
            if with_credentials != sent:
                request.url = loaded.URL(with_credentials)
            response = await self.session.send(request, stream=True, follow_redirects=False)
            if response.next_request is None:
                return response
            return await self._follow(request, response)
        except UnicodeEncodeError as exc:  # a header httpx cannot encode: not sent
            raise self._failed(call, exc) from None

    async def _follow(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """Follow the redirect ``response`` answered ``request`` with, and the
        next ones: 30 at most, as requests follows.  httpx would read each
        redirect's body first, with no bound on its size or time; nothing uses
        it, so it is closed unread instead.  httpx builds the next request
        (dropping ``Authorization`` and ``Cookie`` as it sees fit); every
        credential header goes too when the origin changes."""
        names = ("Authorization", *self._auth.header_names())
        sent = 1
        while True:
            following = response.next_request
            if following is None:
                return response
            await response.aclose()
            if sent > 30:  # 30 redirects followed, as requests follows them
                raise httpx_loaded().TooManyRedirects("more than 30 redirects", request=request)
            if _leaves(str(request.url), str(following.url)):
                for name in names:
                    following.headers.pop(name, None)
            request = following
            response = await self.session.send(request, stream=True, follow_redirects=False)
            sent += 1

    async def _read_body(
        self, response: httpx.Response, call: Outgoing, limit: Optional[int] = None
    ) -> None:
        """Read the whole body as it arrives; ``ResponseTooLarge`` past ``limit``
        (``max_response_bytes``).  The connection is released either way."""
        try:
            await aread_capped(response, limit or self.max_response_bytes)
        except ResponseTooLarge as error:
            raise ResponseTooLarge(f"{call.method} {redact_url(call.url)}: {error}") from None
        except httpx_loaded().RequestError as exc:  # dropped, timed out, bad gzip...
            raise self._failed(call, exc) from None
        finally:
            await response.aclose()

    def _failed(self, call: Outgoing, exc: BaseException) -> TransportError:
        """The typed error of a failed send or read (see ``ClientCore._transport_error``),
        worded as the sync client words it: a refused or dropped connection is a
        ``ConnectionError``, a timeout says it timed out."""
        loaded = httpx_loaded()
        if isinstance(exc, loaded.Unsendable):
            return self._transport_error(
                call.method, call.url, exc, call.expires, UNSENDABLE_HEADER
            )
        kind = type(exc).__name__
        if isinstance(exc, loaded.Dropped) and not isinstance(exc, loaded.Timeouts):
            kind = "ConnectionError"
        detail = innermost_reason(exc)
        if isinstance(exc, loaded.Timeouts):
            detail = detail or "timed out"
        return self._transport_error(call.method, call.url, exc, call.expires, detail, kind)
