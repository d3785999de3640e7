"""Shared runtime of the generated client: HTTP calls, auth, errors, retries,
pagination and the small (de)serialization helpers the models use.

Every generated module imports this one module, so the behaviour of the
client lives here once instead of being repeated per operation.  It depends
only on ``requests`` (and the ``urllib3`` that ships with it), which it imports
when the first client is built rather than with the package (see ``_http``).
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import logging
import netrc
import os
import re
import sys
import threading
import time
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Callable,
    Generic,
    Iterable,
    Iterator,
    Mapping,
    NamedTuple,
    Optional,
    Sequence,
    TypeVar,
    Union,
    cast,
)
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

if TYPE_CHECKING:  # for annotations only: _http() imports them when first needed
    import requests
    import requests.adapters
    import urllib3

log = logging.getLogger(__name__.rpartition(".")[0] or __name__)

T = TypeVar("T")
Decoder = Callable[[Any], T]
Timeout = Union[None, float, tuple[float, float]]
# A file part: raw bytes, an open binary file, or (filename, content[, content type]).
FileContent = Union[bytes, BinaryIO, tuple[Optional[str], Any], tuple[Optional[str], Any, str]]
# A raw request body: bytes, text, an open file or an iterator of chunks (streamed).
RawBody = Union[bytes, str, BinaryIO, Iterable[bytes]]
E = TypeVar("E", bound="OpenEnum")


class Unset:
    """Marks an argument the caller did not pass: it is left out of the request.

    ``None`` is different: where the schema allows it, ``None`` is sent as
    JSON ``null`` (for config vars, ``{"KEY": None}`` removes ``KEY``).
    """

    _instance: Optional[Unset] = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET = Unset()


# ---------------------------------------------------------------- errors


class ClientError(Exception):
    """Base of every exception the client raises on purpose."""

    def __reduce__(self) -> Any:
        # Rebuilt from args and attributes, not by calling __init__ again (whose
        # signature differs per subclass): errors survive pickle (process pools)
        # and copy.
        return (_restore_error, (type(self), self.args), self.__dict__)


def _restore_error(kind: type[ClientError], args: tuple[Any, ...]) -> ClientError:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    return error


class MissingCredentials(ClientError):
    """No token was given and none was found where the client looked."""


class InvalidCredentials(MissingCredentials):
    """A token was found but cannot be sent: after stripping surrounding
    whitespace (a token read from a file ends in a newline) it still holds a
    control character, a line break or a non-ASCII character.  The message
    names where the token came from, never the token itself."""


class TransportError(ClientError):
    """The request never got an HTTP response (connection refused, timeout...),
    after the configured retries."""


class DeadlineExceeded(TransportError):
    """The call took longer than its ``deadline`` (retries, waits and reading
    the body included): the per-read ``timeout`` alone lets a server that sends
    one byte a second hold a call forever."""


class ResponseTooLarge(ClientError):
    """The response body is larger than the client's ``max_response_bytes``.

    Reading stops as soon as the limit is crossed (or before reading, when
    ``Content-Length`` already says so), so a huge or endless body cannot
    exhaust memory.
    """


class PaginationError(ClientError):
    """The server's ``Next-Range`` did not move forward."""


class DecodeError(ClientError):
    """A response body did not match the schema.

    ``path`` names the field (``App.region.id``) so a mismatch is easy to find.
    """

    def __init__(self, expected: str, got: Any, path: Sequence[str] = ()) -> None:
        self.expected = expected
        self.got = got
        self.path = list(path)
        self.url: Optional[str] = None
        self.status: Optional[int] = None
        super().__init__()

    def within(self, segment: str) -> DecodeError:
        self.path.insert(0, segment)
        return self

    def __str__(self) -> str:
        where = ""  # App.region.id; App[1].name for a list item
        for segment in self.path:
            where += segment if not where or segment.startswith("[") else "." + segment
        where = where or "body"
        got = type(self.got).__name__ if self.got is not None else "null"
        text = f"{where}: expected {self.expected}, got {got}"
        if self.url:
            text += f" (in the response of {self.url})"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class ApiError(ClientError):
    """The API answered with a status of 400 or more.

    ``id`` and ``message`` come from the error body (``{"id": "not_found",
    "message": "..."}``) when it has them; ``request_id`` from the
    ``Request-Id`` header, which support teams ask for.
    """

    def __init__(
        self,
        status: int,
        id: Optional[str],
        message: str,
        url: str,
        request_id: Optional[str] = None,
        body: Any = None,
    ) -> None:
        self.status = status
        self.id = id
        self.message = message
        self.url = url
        self.request_id = request_id
        self.body = body
        self.retry_after: Optional[float] = None
        super().__init__(status, id, message)

    def __str__(self) -> str:
        ident = f" {self.id}" if self.id else ""
        request = f" [request {self.request_id}]" if self.request_id else ""
        return f"{self.status}{ident}: {self.message} ({self.url}){request}"


class BadRequest(ApiError):
    """400"""


class Unauthorized(ApiError):
    """401: the token is missing, wrong or expired."""


class Forbidden(ApiError):
    """403"""


class NotFound(ApiError):
    """404"""


class Conflict(ApiError):
    """409"""


class UnprocessableEntity(ApiError):
    """422: the request was understood but is invalid."""


class RateLimited(ApiError):
    """429, after the retries allowed by the client's retry policy;
    ``retry_after`` says how many seconds the server asked to wait."""


class ServerError(ApiError):
    """500 and above, after the retries allowed for the method."""


ERRORS_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    422: UnprocessableEntity,
    429: RateLimited,
}


# ---------------------------------------------------------------- redaction


_QUERY_VALUE = re.compile(r"([?&][^=&\s'\"]*=)[^&\s'\"#]*")
_USERINFO = re.compile(r"(//)[^/@\s'\"]*@")


def redact_url(url: str) -> str:
    """``url`` as the client shows it in exceptions and logs.

    Query strings carry API keys and signatures (``?api_key=``,
    ``X-Amz-Signature=``, ``token=``...) and a URL's userinfo carries a
    password, so every query value becomes ``***`` (the keys stay, to show
    what was sent), userinfo becomes ``***`` and the fragment is dropped.
    The path stays: it is what identifies the failing call.
    """
    if "?" not in url and "@" not in url and "#" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rpartition("@")[2]
    query = "&".join(
        key + "=***" if equals else "***"
        for key, equals, _ in (pair.partition("=") for pair in parts.query.split("&") if pair)
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def redact_text(text: str) -> str:
    """Free text (a library's message or log arguments) with query values and
    userinfo of any URL in it replaced by ``***``, as ``redact_url`` does."""
    if "?" in text or "@" in text:
        text = _USERINFO.sub(r"\1***@", _QUERY_VALUE.sub(r"\1***", text))
    return text


def _is_html(response: requests.Response, text: str) -> bool:
    content_type = response.headers.get("Content-Type", "").lower()
    return "html" in content_type or text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))


def error_from_response(response: requests.Response) -> ApiError:
    body: Any = None
    if response.content:
        try:
            body = _loads(response.content)
        except (ValueError, RecursionError):  # not JSON (or absurdly deep): keep it as text
            body = response.content.decode("utf-8", "replace")
    error_id: Optional[str] = None
    message = ""
    if isinstance(body, dict):
        raw_id = body.get("id", body.get("code"))
        error_id = str(raw_id) if raw_id is not None else None
        raw_message = body.get("message", body.get("error", body.get("detail")))
        message = str(raw_message) if raw_message is not None else ""
    elif isinstance(body, str) and _is_html(response, body):
        # An HTML error page (a proxy's or router's): its title, not its markup.
        title = re.search(r"<title[^>]*>(.*?)</title>", body, re.IGNORECASE | re.DOTALL)
        message = " ".join(title.group(1).split())[:200] if title else ""
        message = f"{response.reason}: {message}" if message and response.reason else message
    elif isinstance(body, str):
        message = body.strip()[:500]
    if not message:
        message = response.reason or "error"
    kind = ERRORS_BY_STATUS.get(response.status_code)
    if kind is None:
        kind = ServerError if response.status_code >= 500 else ApiError
    error = kind(
        status=response.status_code,
        id=error_id,
        message=message,
        url=redact_url(response.url),
        request_id=response.headers.get("Request-Id"),
        body=body,
    )
    error.retry_after = _retry_after(response.headers.get("Retry-After", ""))
    return error


def _retry_after(value: str) -> Optional[float]:
    """Seconds of a ``Retry-After`` header (delay-seconds), None when it is
    missing, negative or not a number (``1e9``, ``-5``, ``garbage``)."""
    value = value.strip()
    return float(value) if value.replace(".", "", 1).isdigit() else None


# ---------------------------------------------------------------- HTTP, imported on first use


class _Http(NamedTuple):
    """The parts of ``requests`` and ``urllib3`` the client uses; see ``_http()``."""

    Session: type[requests.Session]
    HTTPAdapter: type[requests.adapters.HTTPAdapter]
    RequestException: type[requests.RequestException]
    Retry: type[urllib3.Retry]
    RetryPolicy: type[urllib3.Retry]
    ReadErrors: tuple[type[BaseException], ...]  # what reading a streamed body can raise
    SendErrors: tuple[type[BaseException], ...]  # what sending can raise (http.client: Latin-1)
    InvalidHeader: type[BaseException]


# The deadline (time.monotonic()) of the call this thread is making, so the
# retry policy (one object shared by every call of a client) can stop retrying
# when the next wait would pass it.  None outside ``BaseClient.request``.
_call = threading.local()


_http_loaded: Optional[_Http] = None
_http_lock = threading.Lock()


def _http() -> _Http:
    """``requests`` and ``urllib3``, imported the first time they are needed.

    Importing them takes longer than importing the rest of the package, and
    code that only uses the models and types (decoding a webhook payload,
    annotating a function) never sends a request.  So the package does not
    import them; building the first client does, and later calls return what
    it loaded.  The lock makes threads that build their first clients at once
    share one load (and so one ``RetryPolicy`` class); once loaded, no lock.
    """
    global _http_loaded
    if _http_loaded is None:
        with _http_lock:
            if _http_loaded is None:
                _http_loaded = _load_http()
    return _http_loaded


def _load_http() -> _Http:
    """The imports behind ``_http()``; it calls this once, under its lock."""
    import requests
    import urllib3.exceptions
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry

    class RetryPolicy(Retry):
        """urllib3's ``Retry`` with three changes.  A 429 is retried whatever the
        method, because the server promises it did not act on the request
        (everything else: 5xx, dropped connections after sending, only for
        idempotent methods).  ``Retry-After`` is honoured only when it is sane:
        clamped to ``max_retry_after``, and a negative or unparseable value
        (``-5``, ``1e9``, ``garbage``) falls back to the normal backoff instead
        of failing the call.  And no retry starts whose wait would pass the
        call's deadline: the last response (or error) is returned instead."""

        max_retry_after: float = 60.0

        def new(self, **kw: Any) -> Any:
            # Retry builds a fresh object per attempt from its __init__ arguments.
            fresh = super().new(**kw)
            fresh.max_retry_after = self.max_retry_after
            return fresh

        def is_retry(self, method: str, status_code: int, has_retry_after: bool = False) -> bool:
            if status_code == 429:
                return bool(self.total)
            return super().is_retry(method, status_code, has_retry_after)

        def get_retry_after(self, response: Any) -> Optional[float]:
            try:
                seconds = super().get_retry_after(response)
            except urllib3.exceptions.InvalidHeader:
                return None  # garbage or negative: sleep() falls back to the backoff
            return None if seconds is None else min(seconds, self.max_retry_after)

        def increment(
            self,
            method: Optional[str] = None,
            url: Optional[str] = None,
            response: Any = None,
            error: Optional[Exception] = None,
            _pool: Any = None,
            _stacktrace: Any = None,
        ) -> Any:
            fresh = super().increment(method, url, response, error, _pool, _stacktrace)
            expires: Optional[float] = getattr(_call, "expires", None)
            if expires is not None:
                wait = (
                    self.respect_retry_after_header
                    and response is not None
                    and fresh.get_retry_after(response)
                ) or fresh.get_backoff_time()
                if time.monotonic() + wait >= expires:
                    reason = error or urllib3.exceptions.ResponseError("no time left to retry")
                    raise urllib3.exceptions.MaxRetryError(_pool, url, reason)
            return fresh

    class Session(requests.Session):
        """A ``requests.Session`` that never sends credentials to another host.

        On a redirect, requests drops ``Authorization`` when the host changes
        but then adds the new host's ``~/.netrc`` login (``rebuild_auth``); the
        client's credentials are only for the API's own host, so only the
        dropping is kept.  Proxies and CA bundles from the environment still apply.
        """

        def rebuild_auth(self, prepared_request: Any, response: Any) -> None:
            _strip_auth_across_hosts(self, prepared_request, response)

        def get_redirect_target(self, resp: Any) -> Optional[str]:
            # requests reads a redirect's whole body (to reuse the connection)
            # with no bound on its size or time; nothing uses it, so the
            # connection is closed with the body unread instead.
            target: Optional[str] = super().get_redirect_target(resp)
            if target is not None and not resp._content_consumed:
                resp.raw.close()
                resp._content, resp._content_consumed = b"", True
            return target

    _quiet_library_urls(("urllib3.connectionpool", "urllib3.util.retry"))
    read_errors = (urllib3.exceptions.HTTPError, requests.RequestException, OSError)
    send_errors = (requests.RequestException, UnicodeEncodeError)
    return _Http(
        Session,
        HTTPAdapter,
        requests.RequestException,
        Retry,
        RetryPolicy,
        read_errors,
        send_errors,
        requests.exceptions.InvalidHeader,
    )


def _strip_auth_across_hosts(
    session: requests.Session, prepared_request: requests.PreparedRequest, response: Any
) -> None:
    """requests' ``rebuild_auth`` without its netrc lookup (see ``_http().Session``)."""
    strip: Callable[[Any, Any], bool] = session.should_strip_auth  # untyped in the stubs
    if "Authorization" in prepared_request.headers and strip(
        response.request.url, prepared_request.url
    ):
        del prepared_request.headers["Authorization"]


class _RedactArgs(logging.Filter):
    """Redacts query values and userinfo in the arguments of urllib3's log
    records (its DEBUG request lines and its WARNING "Retrying ..." lines
    carry the full URL, query string included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact_text(arg) if isinstance(arg, str) else arg for arg in record.args
            )
        return True


def _quiet_library_urls(names: Iterable[str]) -> None:
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, _RedactArgs) for f in logger.filters):
            logger.addFilter(_RedactArgs())


# ---------------------------------------------------------------- retries


IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})


def retry_policy(
    retries: Union[int, urllib3.Retry, None],
    backoff_factor: float = 0.5,
    max_retry_after: float = 60.0,
) -> urllib3.Retry:
    """``retries`` attempts after the first (0 or None disables retrying); a
    server's ``Retry-After`` is honoured up to ``max_retry_after`` seconds."""
    http = _http()
    if isinstance(retries, http.Retry):
        return retries
    total = cast(Optional[int], retries) or 0  # not a Retry (mypy cannot tell from http.Retry)
    policy = http.RetryPolicy(
        total=total,
        connect=total,
        read=total,
        status=total,
        backoff_factor=backoff_factor,
        backoff_max=30,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=IDEMPOTENT_METHODS,
        respect_retry_after_header=True,
        raise_on_status=False,
        raise_on_redirect=False,
    )
    policy.max_retry_after = max_retry_after  # type: ignore[attr-defined]
    return policy


# ---------------------------------------------------------------- auth


class _BearerAuth:
    """Sets ``Authorization`` per request (requests calls the session's auth
    with each prepared request).  Being the session's auth also stops requests
    from adding netrc Basic auth of its own."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._client._resolve_token()}"
        if request.url and "/." in request.url:
            request.url = _protect_dot_segments(request.url)
        return request

    def __repr__(self) -> str:
        return "<bearer auth>"


_DOT_SEGMENT = re.compile(r"(?<=/)\.\.?(?=[/?#]|$)")


def _protect_dot_segments(url: str) -> str:
    """``url`` with every ``.`` or ``..`` path segment as ``%2E`` / ``%2E%2E``.

    ``expand_path`` encodes a path value of ``.`` or ``..`` that way, but
    requests decodes ``%2E`` back to ``.`` while preparing the URL (it is an
    unreserved character) and urllib3 would then resolve ``/apps/x/..`` to
    ``/apps/``: ``get_app("..")`` would ask for ``GET /``.  The session's auth
    runs after that step, on every prepared request, so it encodes them again
    here.  Literal dot segments of the URL were already resolved by requests
    before it decoded ``%2E``, so any left came from a value.
    """
    base, mark, rest = url.partition("?")
    scheme, slashes, after = base.partition("://")
    host, slash, path = after.partition("/")
    path = _DOT_SEGMENT.sub(lambda m: m.group().replace(".", "%2E"), slash + path)
    return scheme + slashes + host + path + mark + rest


_UNSENDABLE = re.compile(r"[^\x20-\x7e]")


def _checked_token(token: str, source: str) -> str:
    """``token`` without surrounding whitespace, or InvalidCredentials naming
    ``source`` (never the token) when it cannot go into a header."""
    token = token.strip()
    if _UNSENDABLE.search(token):
        raise InvalidCredentials(
            f"the API token from {source} contains a control character, line break or "
            "non-ASCII character; it was not sent"
        )
    return token


def _token_from_netrc(host: str) -> tuple[Optional[str], str]:
    """The password of ``host`` in ``$NETRC`` or ``~/.netrc``, as ``curl -n`` uses it."""
    path = os.environ.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not os.path.isfile(path):
        return None, f"{path} (not found)"
    try:
        entry = netrc.netrc(path).authenticators(host)
    except (netrc.NetrcParseError, OSError) as exc:
        return None, f"{path} (unreadable: {type(exc).__name__})"
    if entry is None or not entry[2]:
        return None, f"{path} (no entry for {host})"
    return entry[2], path


# ---------------------------------------------------------------- the client


class BaseClient:
    """Holds the session, credentials and settings; generated ``Client`` subclasses
    it and adds one attribute per API group."""

    DEFAULT_BASE_URL = ""
    TOKEN_ENV = ""
    USE_NETRC = True
    DEFAULT_HEADERS: Mapping[str, str] = {}
    USER_AGENT = "openapi-client"

    def __init__(
        self,
        token: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Timeout = (10.0, 60.0),
        retries: Union[int, urllib3.Retry, None] = 3,
        backoff_factor: float = 0.5,
        pool_size: int = 10,
        session: Optional[requests.Session] = None,
        deadline: float = 300.0,
        max_response_bytes: int = 64 * 1024 * 1024,
        max_retry_after: float = 60.0,
    ) -> None:
        if not deadline > 0 or not max_response_bytes > 0 or not max_retry_after >= 0:
            raise ValueError("deadline and max_response_bytes must be > 0, max_retry_after >= 0")
        self.base_url = (base_url or self.DEFAULT_BASE_URL).rstrip("/")
        self.headers: dict[str, str] = {**self.DEFAULT_HEADERS, "User-Agent": self.USER_AGENT}
        self.headers.update(headers or {})
        self.timeout = timeout
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self.rate_limit_remaining: Optional[int] = None
        self._token = token
        self._checked_token: Optional[str] = None
        self._token_lock = threading.Lock()
        http = _http()
        self.session = session or http.Session()
        if not isinstance(self.session, http.Session):  # the caller's own session
            self.session.rebuild_auth = (  # type: ignore[method-assign]
                lambda prepared, response: _strip_auth_across_hosts(
                    self.session, prepared, response
                )
            )
        self.session.auth = _BearerAuth(self)
        adapter = http.HTTPAdapter(
            pool_connections=pool_size,
            pool_maxsize=pool_size,
            max_retries=retry_policy(retries, backoff_factor, max_retry_after),
        )
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)

    def __repr__(self) -> str:
        token = "set" if self._token else "not resolved"
        return f"{type(self).__name__}(base_url={self.base_url!r}, token=<{token}>)"

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.session.close()

    def _resolve_token(self) -> str:
        """Explicit token, then the environment variable, then netrc; resolved
        and checked once (surrounding whitespace stripped, a token that cannot
        go into a header refused with ``InvalidCredentials``)."""
        if self._checked_token:
            return self._checked_token
        with self._token_lock:
            if not self._checked_token:
                self._checked_token = self._find_token()
                self._token = self._checked_token
            return self._checked_token

    def _find_token(self) -> str:
        if self._token and self._token.strip():
            return _checked_token(self._token, "the token= argument")
        looked = ["the token= argument"]
        if self.TOKEN_ENV:
            value = os.environ.get(self.TOKEN_ENV, "").strip()
            if value:
                return _checked_token(value, f"${self.TOKEN_ENV}")
            looked.append(f"${self.TOKEN_ENV}")
        if self.USE_NETRC:
            host = urlsplit(self.base_url).hostname or ""
            found, where = _token_from_netrc(host)
            if found and found.strip():
                return _checked_token(found, where)
            looked.append(where)
        raise MissingCredentials("no API token found; looked in " + ", ".join(looked))

    def request(
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
        content: Optional[RawBody] = None,
        content_type: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Timeout = None,
        deadline: Optional[float] = None,
    ) -> requests.Response:
        """Send one request and return the response, raising ``ApiError`` for >= 400.

        The body is read here, in chunks, within ``max_response_bytes`` and the
        call's ``deadline`` (seconds for everything: retries, waits and the
        body; the client's when None), so the response comes back complete.
        """
        url = self.base_url + expand_path(path, path_params or {})
        sent_headers = dict(self.headers)
        sent_headers.update(simple_values(header_params or {}))
        if content_type is not None:
            sent_headers["Content-Type"] = content_type
        sent_headers.update(headers or {})
        body: Optional[RawBody] = content.encode("utf-8") if isinstance(content, str) else content
        if not isinstance(json_body, Unset):
            body = json.dumps(encode(json_body), separators=(",", ":")).encode("utf-8")
            sent_headers.setdefault("Content-Type", "application/json")
        started = time.monotonic()
        expires = started + (self.deadline if deadline is None else deadline)
        _call.expires = expires
        try:
            response = self.session.request(
                method,
                url,
                params=urlencode(query_pairs(query or {}), quote_via=quote),  # spaces as %20, not +
                headers=sent_headers,
                cookies=simple_values(cookies or {}),
                data=body if form is None else query_pairs(form),
                files=None if multipart is None else multipart_parts(multipart),
                timeout=_within(self.timeout if timeout is None else timeout, expires - started),
                stream=True,  # read below, bounded in size and time
            )
        except _http().SendErrors as exc:  # evaluated only when something was raised
            raise self._transport_error(method, url, exc, expires) from None
        finally:
            _call.expires = None
        response._content = self._read_body(response, method, url, expires)
        response._content_consumed = True  # type: ignore[attr-defined]
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %s in %.3fs",
                method,
                redact_url(url),
                response.status_code,
                time.monotonic() - started,
            )
        remaining = response.headers.get("RateLimit-Remaining")
        if remaining is not None and remaining.strip().isdigit():
            self.rate_limit_remaining = int(remaining)
        if response.status_code >= 400:
            raise error_from_response(response)
        return response

    def _transport_error(
        self, method: str, url: str, exc: BaseException, expires: float
    ) -> TransportError:
        """The typed error for a failed send or read; ``DeadlineExceeded`` once
        the call's deadline has passed (the read timeout is clipped to it)."""
        log.debug("%s %s failed: %s", method, redact_url(url), type(exc).__name__)
        if time.monotonic() >= expires:
            return DeadlineExceeded(f"{method} {redact_url(url)}: deadline exceeded")
        return TransportError(f"{method} {redact_url(url)}: {type(exc).__name__}: {_describe(exc)}")

    def _read_body(
        self, response: requests.Response, method: str, url: str, expires: float
    ) -> bytes:
        """The whole body, read in chunks as they arrive; ``ResponseTooLarge``
        past ``max_response_bytes``, ``DeadlineExceeded`` past ``expires``.
        On any error the connection is closed, not returned to the pool half read."""
        try:
            return _read_chunks(response, self.max_response_bytes, expires)
        except ResponseTooLarge as error:
            response.close()
            raise ResponseTooLarge(f"{method} {redact_url(url)}: {error}") from None
        except DeadlineExceeded:
            response.close()
            raise DeadlineExceeded(f"{method} {redact_url(url)}: deadline exceeded") from None
        except _http().ReadErrors as exc:
            response.close()
            raise self._transport_error(method, url, exc, expires) from None


_CHUNK = 64 * 1024


def _read_chunks(response: requests.Response, limit: int, expires: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLarge(f"Content-Length {declared} exceeds max_response_bytes ({limit})")
    read = response.raw.read1  # returns what has arrived (at most one read of the socket)
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = read(_CHUNK, decode_content=True)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise ResponseTooLarge(f"body exceeds max_response_bytes ({limit})")
        chunks.append(chunk)
        if time.monotonic() > expires:
            raise DeadlineExceeded()


def _within(timeout: Timeout, left: float) -> Timeout:
    """``timeout`` with each part at most ``left`` seconds (the call's time left)."""
    if isinstance(timeout, tuple):
        return (min(timeout[0], left), min(timeout[1], left))
    return left if timeout is None else min(timeout, left)


def _describe(exc: BaseException) -> str:
    # The innermost reason, without the request (and so without any header) in it.
    if isinstance(exc, (UnicodeEncodeError, _http().InvalidHeader)):
        # Their messages quote the header value, which may be a credential.
        return (
            "a header value has a line break, control character, leading whitespace "
            "or character outside Latin-1 (value not shown)"
        )
    reason: Any = exc
    while reason.args and isinstance(reason.args[0], BaseException):
        reason = reason.args[0]
    return redact_text(str(getattr(reason, "reason", None) or reason)[:300])


@dataclass(frozen=True)
class Styled:
    """A parameter value with a serialization other than the default for its
    location (OpenAPI ``style``/``explode``); plain values use the defaults."""

    value: Any
    style: str
    explode: bool


_DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return str(value)


def _unstyle(value: Any, style: str, explode: bool) -> tuple[Any, str, bool]:
    if isinstance(value, Styled):
        value, style, explode = value.value, value.style, value.explode
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    return value, style, explode


def _pairs(value: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [
        (str(k), _scalar(v)) for k, v in value.items() if v is not None and not isinstance(v, Unset)
    ]


def query_pairs(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Query parameters as (key, value) pairs: unset ones dropped, booleans as
    ``true``/``false``, arrays and objects serialized per their style."""
    result: list[tuple[str, str]] = []
    for name, raw in values.items():
        value, style, explode = _unstyle(raw, "form", True)
        if value is None or isinstance(value, Unset):
            continue
        if isinstance(value, Mapping):
            pairs = _pairs(value)
            if style == "deepObject":
                result += [(f"{name}[{k}]", v) for k, v in pairs]
            elif explode:
                result += pairs
            else:
                result.append((name, ",".join(part for pair in pairs for part in pair)))
        elif isinstance(value, (list, tuple)):
            texts = [_scalar(v) for v in value]
            if explode and style == "form":
                result += [(name, text) for text in texts]
            else:
                result.append((name, _DELIMITERS.get(style, ",").join(texts)))
        else:
            result.append((name, _scalar(value)))
    return result


def simple_value(raw: Any, escape: Callable[[str], str] = str) -> str:
    """Path, header and cookie values (``simple`` style): arrays comma-joined,
    objects as ``k,v,k2,v2`` (or ``k=v,k2=v2`` when exploded).  ``escape``
    applies to each key and value, not to the separators."""
    value, _, explode = _unstyle(raw, "simple", False)
    if isinstance(value, Mapping):
        pairs = [(escape(k), escape(v)) for k, v in _pairs(value)]
        return ",".join(f"{k}={v}" if explode else f"{k},{v}" for k, v in pairs)
    if isinstance(value, (list, tuple)):
        return ",".join(escape(_scalar(v)) for v in value)
    return escape(_scalar(value))


def simple_values(values: Mapping[str, Any]) -> dict[str, str]:
    """Header or cookie values; unset ones (also inside ``Styled``) are left out."""
    result: dict[str, str] = {}
    for key, raw in values.items():
        value = raw.value if isinstance(raw, Styled) else raw
        if value is not None and not isinstance(value, Unset):
            result[key] = simple_value(raw)
    return result


def _quote_segment(text: str) -> str:
    """A path value as one segment: ``/`` and everything else reserved is
    encoded, and a value of ``.`` or ``..`` becomes ``%2E`` / ``%2E%2E`` so it
    cannot climb out of its segment (``/apps/x/..`` is ``/apps/``)."""
    if text == "." or text == "..":
        return text.replace(".", "%2E")
    return quote(text, safe="")


def expand_path(template: str, values: Mapping[str, Any]) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", simple_value(value, _quote_segment))
    return template


def multipart_parts(values: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """``multipart/form-data`` parts for requests: bytes and open files become
    file parts (a ``(filename, content[, content_type])`` tuple is passed on as
    is), everything else a plain field."""
    parts: list[tuple[str, Any]] = []
    for name, value in values.items():
        if value is None or isinstance(value, Unset):
            continue
        if isinstance(value, tuple):
            parts.append((name, value))
        elif isinstance(value, (bytes, bytearray)) or hasattr(value, "read"):
            filename = os.path.basename(str(getattr(value, "name", "") or "")) or name
            parts.append((name, (filename, value)))
        elif isinstance(value, (Mapping, list)) or hasattr(value, "to_dict"):
            parts.append((name, (None, json.dumps(encode(value)), "application/json")))
        else:
            parts.append((name, (None, _scalar(value))))
    return parts


# ---------------------------------------------------------------- responses


def _loads(content: bytes) -> Any:
    """JSON from the body bytes, decoded strictly as UTF-8 (RFC 8259; a BOM is
    ignored): a body in another encoding is an error, not garbled text."""
    return json.loads(content.decode("utf-8-sig"))


def json_of(response: requests.Response) -> Any:
    try:
        return _loads(response.content)
    except UnicodeDecodeError:
        got: Any = "bytes that are not UTF-8"
    except RecursionError:
        got = "JSON nested too deeply"
    except ValueError:
        got = response.content[:50].decode("utf-8", "replace")
    error = DecodeError("a JSON body", got)
    error.url, error.status = redact_url(response.url), response.status_code
    raise error from None


def decode(response: requests.Response, decoder: Decoder[T], what: str) -> T:
    """Decode a success body; a mismatch names the field and the URL."""
    data = json_of(response)
    try:
        return decoder(data)
    except DecodeError as error:
        if error.url is None:
            error.within(what)
            error.url, error.status = redact_url(response.url), response.status_code
        raise
    except RecursionError:  # a recursive schema and a body nested deeper than the stack
        deep = DecodeError(what, "a value nested too deeply")
        deep.url, deep.status = redact_url(response.url), response.status_code
        raise deep from None


def decode_by_status(
    response: requests.Response, decoders: Mapping[int, tuple[Decoder[Any], str]]
) -> Any:
    """For operations whose success responses differ by status code."""
    chosen = decoders.get(response.status_code)
    if chosen is None:
        return json_of(response) if response.content else None
    return decode(response, chosen[0], chosen[1])


# ---------------------------------------------------------------- decoding


def expect_object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DecodeError("object", value)
    return value


def required(data: Mapping[str, Any], key: str, decoder: Decoder[T]) -> T:
    if key not in data:
        raise DecodeError("a value (required field is missing)", None, [key])
    try:
        return decoder(data[key])
    except DecodeError as error:
        raise error.within(key) from None


def optional(data: Mapping[str, Any], key: str, decoder: Decoder[T]) -> Optional[T]:
    value = data.get(key)
    if value is None:
        return None
    try:
        return decoder(value)
    except DecodeError as error:
        raise error.within(key) from None


# ``optional(data, key, as_str)`` and friends in one call each: most fields of
# most models are optional scalars, and decoding a long list spends its time in
# these calls.


def optional_str(data: Mapping[str, Any], key: str) -> Optional[str]:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise DecodeError("string", value, [key])


def optional_bool(data: Mapping[str, Any], key: str) -> Optional[bool]:
    value = data.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise DecodeError("boolean", value, [key])


def optional_int(data: Mapping[str, Any], key: str) -> Optional[int]:
    value = data.get(key)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    return optional(data, key, as_int)  # an integral float, or an error naming the key


def optional_float(data: Mapping[str, Any], key: str) -> Optional[float]:
    value = data.get(key)
    if value is None or isinstance(value, float):
        return value
    return optional(data, key, as_float)


def optional_datetime(data: Mapping[str, Any], key: str) -> Optional[_dt.datetime]:
    value = data.get(key)
    if value is None:
        return None
    parsed = _parse_datetime(value)
    if parsed is None:
        raise DecodeError("date-time string", value, [key])
    return parsed


def extra(data: Mapping[str, Any], known: frozenset[str], decoder: Decoder[T]) -> dict[str, T]:
    """The keys of ``data`` that are not named fields, decoded."""
    return {
        key: optional_value(value, decoder, key) for key, value in data.items() if key not in known
    }


def optional_value(value: Any, decoder: Decoder[T], where: str) -> T:
    try:
        return decoder(value)
    except DecodeError as error:
        raise error.within(where) from None


def as_str(value: Any) -> str:
    if not isinstance(value, str):
        raise DecodeError("string", value)
    return value


def as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise DecodeError("integer", value)
    return value


def as_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DecodeError("number", value)
    return float(value)


def as_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise DecodeError("boolean", value)
    return value


def as_any(value: Any) -> Any:
    return value


def as_none(value: Any) -> None:
    if value is not None:
        raise DecodeError("null", value)


def as_bytes(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    raise DecodeError("binary string", value)


def as_datetime(value: Any) -> _dt.datetime:
    parsed = _parse_datetime(value)
    if parsed is None:
        raise DecodeError("date-time string", value)
    return parsed


def _parse_datetime(value: Any) -> Optional[_dt.datetime]:
    """RFC 3339 text as a datetime, None if it is not."""
    if not isinstance(value, str):
        return None
    if value.endswith(_ZULU_TO_REWRITE):
        value = value[:-1] + "+00:00"
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        return None


# RFC 3339 allows "Z" or "z" for UTC.  fromisoformat reads a trailing "Z"
# itself from Python 3.11 on, never a "z"; those are spelled as an offset.
_ZULU_TO_REWRITE = ("z",) if sys.version_info >= (3, 11) else ("Z", "z")


def as_date(value: Any) -> _dt.date:
    if not isinstance(value, str):
        raise DecodeError("date string", value)
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DecodeError("date string", value) from None


def nullable(decoder: Decoder[T]) -> Decoder[Optional[T]]:
    def decode_nullable(value: Any) -> Optional[T]:
        return None if value is None else decoder(value)

    return decode_nullable


def list_of(decoder: Decoder[T]) -> Decoder[list[T]]:
    def decode_list(value: Any) -> list[T]:
        if not isinstance(value, list):
            raise DecodeError("array", value)
        return [optional_value(item, decoder, f"[{index}]") for index, item in enumerate(value)]

    return decode_list


def dict_of(decoder: Decoder[T]) -> Decoder[dict[str, T]]:
    def decode_dict(value: Any) -> dict[str, T]:
        if not isinstance(value, dict):
            raise DecodeError("object", value)
        return {key: optional_value(item, decoder, key) for key, item in value.items()}

    return decode_dict


def union_of(*decoders: Decoder[Any]) -> Decoder[Any]:
    """First decoder that accepts the value wins (most specific listed first).
    For a JSON object, the model that names most of its keys wins, so a oneOf
    of models without a discriminator is not always decoded as the first."""

    def decode_union(value: Any) -> Any:
        best: Any = None
        best_score = -1
        for decoder in decoders:
            try:
                result = decoder(value)
            except DecodeError:
                continue
            if not isinstance(value, dict):
                return result
            score = _named_keys(result, value)
            if score == len(value):
                return result
            if score > best_score:
                best, best_score = result, score
        if best_score < 0:
            raise DecodeError("one of the listed alternatives", value)
        return best

    return decode_union


def _named_keys(result: Any, value: Mapping[str, Any]) -> int:
    """How many keys of ``value`` the decoded ``result`` keeps as named fields."""
    if not hasattr(result, "to_dict"):
        return 0
    extra = getattr(result, "additional_properties", None) or {}
    return sum(1 for key in result.to_dict() if key in value and key not in extra)


def discriminated(
    prop: str, mapping: Mapping[str, Decoder[Any]], fallback: Decoder[Any]
) -> Decoder[Any]:
    """Pick the model by the value of the discriminator property."""

    def decode_discriminated(value: Any) -> Any:
        key = value.get(prop) if isinstance(value, dict) else None
        decoder = mapping.get(key) if isinstance(key, str) else None
        return (decoder or fallback)(value)

    return decode_discriminated


class OpenEnum(enum.Enum):
    """An enum that keeps values it does not know instead of failing.

    APIs add enum values over time; an unknown value decodes to a member
    named ``UNKNOWN`` carrying the value, which round-trips unchanged.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        base = cls._base_type()
        if base is None or not isinstance(value, base) or isinstance(value, bool):
            return None
        member: Any = base.__new__(cls, value)  # type: ignore[arg-type]
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @classmethod
    def _base_type(cls) -> Optional[type]:
        for base in cls.__mro__:
            if base in (str, int):
                return base
        return None

    @classmethod
    def decode(cls: type[E], value: Any) -> E:
        base = cls._base_type()
        if base is not None and (not isinstance(value, base) or isinstance(value, bool)):
            raise DecodeError(f"{base.__name__} enum value", value)
        return cls(value)


# ---------------------------------------------------------------- encoding


def encode(value: Any) -> Any:
    """JSON-ready data from models, enums, dates and containers of them."""
    if value is None or isinstance(value, (str, int, float, bool)):
        if isinstance(value, enum.Enum):
            return value.value
        return value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): encode(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8")
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON object of the arguments the caller passed (``UNSET`` ones left out)."""
    return {key: encode(value) for key, value in values.items() if not isinstance(value, Unset)}


# ---------------------------------------------------------------- pagination


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its items and the ``Next-Range`` to fetch the next."""

    items: list[T]
    next_range: Optional[str]


class RangePages(Generic[T]):
    """A lazy iterator over every item of a ``Range``-paginated list.

    Iterating fetches page after page, following ``Next-Range`` while the
    server answers ``206 Partial Content``.  ``first_page()`` and ``pages()``
    expose the pages themselves; pass a page's ``next_range`` as ``start`` to
    resume later.
    """

    def __init__(
        self,
        client: BaseClient,
        path: str,
        path_params: Mapping[str, Any],
        decoder: Decoder[T],
        what: str,
        *,
        method: str = "GET",
        request_args: Optional[Mapping[str, Any]] = None,
        range_header: str = "Range",
        next_header: str = "Next-Range",
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Timeout = None,
        deadline: Optional[float] = None,
    ) -> None:
        if not 1 <= max <= 1000:
            raise ValueError("max must be between 1 and 1000")
        if order not in (None, "asc", "desc"):
            raise ValueError("order must be 'asc' or 'desc'")
        self._client = client
        self._method = method
        self._path = path
        self._path_params = dict(path_params)
        self._request_args = dict(request_args or {})  # query, header_params, body... of every page
        self._decoder = list_of(decoder)
        self._what = what
        self._range_header = range_header
        self._next_header = next_header
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._deadline = deadline  # per page: a long listing is many calls
        suffix = f", order={order}" if order else ""
        self._start = start or f"{field} ..; max={max}{suffix}"

    def _fetch(self, range_value: str) -> tuple[Page[T], bool]:
        response = self._client.request(
            self._method,
            self._path,
            path_params=self._path_params,
            headers={**self._headers, self._range_header: range_value},
            timeout=self._timeout,
            deadline=self._deadline,
            **self._request_args,
        )
        items = decode(response, self._decoder, self._what)
        next_range = response.headers.get(self._next_header) or None
        return Page(items, next_range), response.status_code == 206

    def first_page(self) -> Page[T]:
        return self._fetch(self._start)[0]

    def pages(self) -> Iterator[Page[T]]:
        seen = {self._start}
        range_value: Optional[str] = self._start
        while range_value is not None:
            page, partial = self._fetch(range_value)
            yield page
            if not partial or page.next_range is None:
                return
            if page.next_range in seen:
                raise PaginationError(
                    f"{self._path}: server repeated Next-Range {page.next_range!r}"
                )
            seen.add(page.next_range)
            range_value = page.next_range

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items
