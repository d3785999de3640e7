"""What both clients share, without any I/O: the settings and conventions of a
client, the request an operation sends (URL, query, headers, body) and how a
reply is read (rate limit, typed errors, strictness).

``BaseClient`` (``requests``) and ``AsyncBaseClient`` (``httpx``) differ only
in how they send the request this module builds and read the body back; every
decision about *what* to send and *what the answer means* is made here once,
so the two clients cannot drift apart.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional, TypeVar
from urllib.parse import quote, urlencode, urlsplit

from ._auth import Authenticator, CallAuth, Secret, Security, SecurityScheme, TokenFetch
from ._decoding import STRICT_ATTRIBUTE, ErrorDecoders, encode, error_data
from ._errors import ApiError, ClientError, DeadlineExceeded, ErrorFormat, InvalidCredentials
from ._errors import PaginationError
from ._errors import TransportError
from ._errors import error_from_response, field_paths
from ._origin import same_origin
from ._params import expand_path, query_pairs, simple_values
from ._redact import redact_text, redact_url
from ._responses import Capture, Captured, current_capture
from ._servers import Server, choose_base_url, operation_base_url
from ._types import UNSET, AsyncRawBody, HttpResponse, Timeout, Unset
from ._uploads import resendable, start_of, upload_body

log = logging.getLogger(__name__.rsplit(".", 2)[0])
R = TypeVar("R")

# The arguments of ``request`` a reconnecting event stream sends again (not its
# body: a stream is opened by a GET).
REOPENED = (
    "path_params",
    "query",
    "header_params",
    "cookies",
    "timeout",
    "deadline",
    "accept",
    "strict",
    "extra_query",
    "errors",
    "servers",
    "security",
)

# Sent when neither the client's headers nor the operation name an Accept: the
# client decodes JSON; without an Accept some servers pick XML.
DEFAULT_ACCEPT = "application/json"


def _merged_body(
    json_body: Any, form: Optional[Mapping[str, Any]], extra: Mapping[str, Any]
) -> tuple[Any, Optional[Mapping[str, Any]]]:
    """(json_body, form) with the caller's ``extra_body`` keys added (they win).
    Only an object body (or none) can take keys: extra keys for an array or a
    raw body are refused, not silently dropped."""
    if form is not None:
        return json_body, {**form, **extra}
    if isinstance(json_body, Unset):
        return dict(extra), form
    encoded = encode(json_body)
    if not isinstance(encoded, dict):
        raise TypeError(f"extra_body needs a JSON object body, not {type(encoded).__name__}")
    return {**encoded, **encode(dict(extra))}, form


@dataclass
class Outgoing:
    """One request, ready for a transport: everything but the credentials,
    which the transport adds last (only for the API's own host)."""

    method: str
    base: str  # the base URL the call goes to (its credentials go to that origin only)
    url: str  # base URL + expanded path, without the query
    query: str  # already encoded: spaces as %20, not +
    headers: dict[str, str]
    cookies: dict[str, str]
    body: Optional[AsyncRawBody]  # JSON or raw content; None with a form or multipart body
    form: Optional[list[tuple[str, str]]]
    multipart: Optional[Mapping[str, Any]]
    opened: Any  # a file upload_body opened (a path given as content): close it once sent
    start: Optional[int]  # where a seekable file body starts, to rewind it for a re-send
    started: float  # time.monotonic() when the call began
    expires: float  # time.monotonic() past which the call raises DeadlineExceeded
    strict: bool

    @property
    def full_url(self) -> str:
        if not self.query:
            return self.url
        return f"{self.url}{'&' if '?' in self.url else '?'}{self.query}"


def within(timeout: Timeout, left: float) -> Timeout:
    """``timeout`` with each part at most ``left`` seconds (the call's time left)."""
    if isinstance(timeout, tuple):
        return (min(timeout[0], left), min(timeout[1], left))
    return left if timeout is None else min(timeout, left)


def innermost_reason(exc: BaseException) -> str:
    """The innermost reason of a transport exception, redacted, without the
    request (and so without any header) in it."""
    reason: Any = exc
    while reason.args and isinstance(reason.args[0], BaseException):
        reason = reason.args[0]
    return redact_text(str(getattr(reason, "reason", None) or reason)[:300])


UNSENDABLE_HEADER = (
    "a header value has a line break, control character, leading whitespace "
    "or character outside Latin-1 (value not shown)"
)


class ClientCore:
    """Settings, credentials and API conventions shared by ``BaseClient`` and
    ``AsyncBaseClient``; the generated clients set the conventions below as
    class attributes from the generator's configuration."""

    DEFAULT_BASE_URL = ""
    # The document's servers (server= picks one by index), the variable that
    # overrides the base URL, and where relative server URLs are resolved (see _servers).
    SERVERS: tuple[Server, ...] = ()
    BASE_URL_ENV = ""
    DOCUMENT_URL = ""
    USER_AGENT = "openapi-client"
    DEFAULT_HEADERS: Mapping[str, str] = {}
    # The API's security schemes by name, and the requirement of every operation
    # that states none (see _auth).  Without SECURITY_SCHEMES (a hand-written
    # subclass), one token: the token= argument, then the TOKEN_ENV environment
    # variable (none when empty), then the netrc entry of the API host when
    # USE_NETRC is on, sent as ``Authorization: <AUTH_SCHEME> <token>``.
    SECURITY_SCHEMES: Optional[Mapping[str, SecurityScheme]] = None
    SECURITY: Security = (("token",),)
    TOKEN_ENV = ""
    USE_NETRC = False
    AUTH_SCHEME = "Bearer"
    # The most a token endpoint's reply may hold (an OAuth2 token is a few KB).
    MAX_TOKEN_REPLY_BYTES = 1024 * 1024
    # Error bodies: the first of these fields present (dotted paths reach into
    # nested objects, ``error.message``) gives the error's id and its message.
    ERROR_ID_FIELDS: tuple[str, ...] = ("id", "code", "error.code")
    ERROR_MESSAGE_FIELDS: tuple[str, ...] = ("message", "error", "error.message", "detail", "title")
    REQUEST_ID_HEADERS: tuple[str, ...] = ("X-Request-Id", "Request-Id")
    # The header whose integer value becomes ``rate_limit_remaining`` (first present).
    RATE_LIMIT_HEADERS: tuple[str, ...] = ("RateLimit-Remaining", "X-RateLimit-Remaining")

    def _configure(
        self,
        token: Optional[str],
        base_url: Optional[str],
        server: Optional[int],
        server_variables: Optional[Mapping[str, Optional[str]]],
        headers: Optional[Mapping[str, str]],
        timeout: Timeout,
        deadline: float,
        max_response_bytes: int,
        max_retry_after: float,
        strict: bool,
        credentials: Mapping[str, Secret],
        fetch: Optional[TokenFetch],
    ) -> None:
        """Set the client up (``fetch`` posts an OAuth2 token request; None: the
        I/O layer fetches tokens itself, see ``Authenticator``)."""
        if not deadline > 0 or not max_response_bytes > 0 or not max_retry_after >= 0:
            raise ValueError("deadline and max_response_bytes must be > 0, max_retry_after >= 0")
        self._base = choose_base_url(
            base_url=base_url,
            server=server,
            values=server_variables or {},
            listed=self.SERVERS,
            default=self.DEFAULT_BASE_URL,
            env=self.BASE_URL_ENV,
            document_url=self.DOCUMENT_URL,
        )
        self.base_url = self._base.url
        self.headers: dict[str, str] = {**self.DEFAULT_HEADERS, "User-Agent": self.USER_AGENT}
        self.headers.update(headers or {})
        self.timeout = timeout
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self.max_retry_after = max_retry_after
        self.rate_limit_remaining: Optional[int] = None
        # Decode replies strictly (a field that breaks its schema raises
        # DecodeError) instead of keeping its raw value; per call: strict=.
        self.strict = strict
        self._auth = Authenticator(
            self._security_schemes(),
            self._given_credentials(token, credentials),
            self.base_url,
            fetch,
        )
        self._errors = self._error_format()

    @classmethod
    def _error_format(cls) -> ErrorFormat:
        """The class's error conventions, with the body field paths split once."""
        return ErrorFormat(
            field_paths(cls.ERROR_ID_FIELDS),
            field_paths(cls.ERROR_MESSAGE_FIELDS),
            tuple(cls.REQUEST_ID_HEADERS),
        )

    @classmethod
    def _security_schemes(cls) -> Mapping[str, SecurityScheme]:
        """``SECURITY_SCHEMES``, or the one token a hand-written subclass configures."""
        if cls.SECURITY_SCHEMES is not None:
            return cls.SECURITY_SCHEMES
        return {
            "token": SecurityScheme(
                "", "bearer", env=cls.TOKEN_ENV, netrc=cls.USE_NETRC, prefix=cls.AUTH_SCHEME
            )
        }

    def _given_credentials(
        self, token: Optional[str], credentials: Mapping[str, Secret]
    ) -> dict[str, Secret]:
        """The credential arguments by name; a name no scheme takes is a TypeError."""
        accepted = {a for s in self._security_schemes().values() for a in s.arguments}
        given = dict(credentials)
        if token is not None:
            given["token"] = token
        unknown = sorted(k for k, v in given.items() if k not in accepted and v is not None)
        if unknown:
            takes = ", ".join(f"{a}=" for a in sorted(accepted)) or "no credentials"
            raise TypeError(
                f"{type(self).__name__} takes no {', '.join(unknown)} credential (it takes {takes})"
            )
        return given

    def __repr__(self) -> str:
        state = self._auth.state()
        return f"{type(self).__name__}(base_url={self.base_url!r}{', ' if state else ''}{state})"

    def _call_auth(self, security: Optional[Security], base: Optional[str] = None) -> CallAuth:
        """What a call of an operation with ``security`` (the client's
        ``SECURITY`` when None) to ``base`` (the operation's server, which the
        document declares; the client's base URL when None) sends;
        ``MissingCredentials`` when no alternative has all its credentials."""
        return self._auth.for_call(self.SECURITY if security is None else security, base)

    def _token_clock(self) -> tuple[float, float]:
        """(started, expires) of a token request: bounded like any call."""
        started = time.monotonic()
        return started, started + self.deadline

    @staticmethod
    def _token_reply(target: str, status: int, body: bytes) -> Mapping[str, Any]:
        """The JSON object a token endpoint replied; ``InvalidCredentials`` for a
        refusal or anything else (its ``error`` code named when short)."""
        try:
            reply = json.loads(body)
        except ValueError:
            reply = None
        if status >= 400 or not isinstance(reply, dict):
            error = reply.get("error") if isinstance(reply, dict) else None
            reason = f" ({error})" if isinstance(error, str) and len(error) < 100 else ""
            raise InvalidCredentials(
                f"the token endpoint {redact_url(target)} refused the client credentials: "
                f"HTTP {status}{reason}"
            )
        return reply

    def _capture(self, strict: Optional[bool]) -> tuple[Optional[Capture], Any]:
        """The ``with_raw_response``/``with_streaming_response`` capture this call
        runs under (see ``_responses``; None for a plain call) and, in replay
        mode, the recorded response to hand back instead of sending."""
        capture = current_capture.get()
        if capture is not None and capture.mode == "replay" and capture.response is not None:
            setattr(capture.response, STRICT_ATTRIBUTE, self.strict if strict is None else strict)
            return capture, capture.response
        return capture, None

    @staticmethod
    def _record(capture: Optional[Capture], response: Any) -> None:
        """Give ``response`` to the wrapper waiting for it, unwinding the
        generated method (``Captured``) where nothing should be decoded yet."""
        if capture is not None and capture.response is None:
            capture.response = response
            if capture.mode == "stream" or capture.unwind:
                raise Captured()

    @staticmethod
    def _reopener(
        send: Callable[..., R], arguments: Mapping[str, Any]
    ) -> Callable[[Optional[str]], R]:
        """How a streamed call is sent again (an event stream reconnecting):
        ``send`` (the client's ``request``) with the ``REOPENED`` ones of its
        ``arguments``, streamed, with ``Last-Event-ID`` once an event id was seen."""
        again = {name: arguments[name] for name in REOPENED}
        method, path, headers = arguments["method"], arguments["path"], arguments["headers"]

        def reopen(last_event_id: Optional[str]) -> R:
            resumed = {**(headers or {})}
            if last_event_id is not None:
                resumed["Last-Event-ID"] = last_event_id
            return send(method, path, headers=resumed, stream=True, **again)

        return reopen

    @staticmethod
    def _refused_token(status: int, auth: CallAuth, call: Outgoing) -> bool:
        """Whether a reply refuses the OAuth2 token(s) ``auth`` sent (401) and the
        call can be sent again (its body rewound to ``call.start``); if so, the
        tokens are forgotten, so the next ``_call_auth`` fetches new ones."""
        if status != 401 or not auth.tokens:
            return False
        if not resendable(call.body, call.start, call.multipart):
            return False
        for source, refused in auth.tokens:
            source.invalidate(refused)
        return True

    def _operation_base(self, servers: tuple[Server, ...]) -> str:
        """The base URL of a call: the operation's own server, or the client's;
        it must be absolute (a relative server URL needs base_url= or the variable)."""
        base = (
            operation_base_url(self._base, servers, self.DOCUMENT_URL) if servers else self.base_url
        )
        if not urlsplit(base).scheme:
            where = f" or set ${self.BASE_URL_ENV}" if self.BASE_URL_ENV else ""
            raise ClientError(
                f"no absolute base URL (the API's server URL is {base or 'missing'!r}): "
                f"pass base_url='https://<host>{base}'{where}"
            )
        return base

    def _outgoing(
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
        deadline: Optional[float] = None,
        accept: Optional[str] = None,
        strict: Optional[bool] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        servers: tuple[Server, ...] = (),
        url: Optional[str] = None,
    ) -> Outgoing:
        """The request an operation sends (see ``BaseClient.request`` for the
        meaning of each argument); it starts the call's deadline clock."""
        base = self._operation_base(servers)
        if url is None:
            url = base + expand_path(path, path_params or {})
        elif not same_origin(url, base):
            raise PaginationError(f"{method} {redact_url(url)}: not on the API's origin; not sent")
        sent_headers = dict(self.headers)
        if "Accept" not in sent_headers:
            sent_headers["Accept"] = accept or DEFAULT_ACCEPT
        if header_params:
            sent_headers.update(simple_values(header_params))
        if content_type is not None:
            sent_headers["Content-Type"] = content_type
        if headers:
            sent_headers.update(headers)
        body, opened = upload_body(content)
        if extra_body and multipart is not None:
            multipart = {**multipart, **extra_body}
        elif extra_body:
            if content is not None:
                raise TypeError("extra_body needs a JSON object or form body, not raw content")
            json_body, form = _merged_body(json_body, form, extra_body)
        if not isinstance(json_body, Unset):
            body = json.dumps(encode(json_body), separators=(",", ":")).encode("utf-8")
            sent_headers.setdefault("Content-Type", "application/json")
        pairs = query_pairs(query) if query else []
        if extra_query:
            pairs += query_pairs(extra_query)
        started = time.monotonic()
        return Outgoing(
            method=method,
            base=base,
            url=url,
            query=urlencode(pairs, quote_via=quote) if pairs else "",
            headers=sent_headers,
            cookies=simple_values(cookies) if cookies else {},
            body=body,
            form=None if form is None else query_pairs(form),
            multipart=multipart,
            opened=opened,
            start=start_of(body),
            started=started,
            expires=started + (self.deadline if deadline is None else deadline),
            strict=self.strict if strict is None else strict,
        )

    def _accepted(
        self, call: Outgoing, response: Any, errors: Optional[ErrorDecoders] = None
    ) -> None:
        """Read a reply (its body read, unless a success left to stream): log
        it, note the rate limit, raise the typed error of a status >= 400 (its
        ``data`` decoded with ``errors``), and mark it for ``decode``."""
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %s in %.3fs",
                call.method,
                redact_url(call.url),
                response.status_code,
                time.monotonic() - call.started,
            )
        self._note_rate_limit(response)
        if response.status_code >= 400:
            raise self._api_error(response, errors)
        setattr(response, STRICT_ATTRIBUTE, call.strict)
        response.openapi_limit = self.max_response_bytes

    def _note_rate_limit(self, response: HttpResponse) -> None:
        for name in self.RATE_LIMIT_HEADERS:
            remaining = response.headers.get(name)
            if remaining is not None:
                if remaining.strip().isdigit():
                    self.rate_limit_remaining = int(remaining)
                return

    def _api_error(
        self, response: HttpResponse, errors: Optional[ErrorDecoders] = None
    ) -> ApiError:
        """The typed error of an error response, read with this API's conventions;
        its ``data`` decoded with the schema the operation declares for the status."""
        error = error_from_response(response, self._errors)
        error.response = response
        if errors:
            error.data = error_data(response, errors)
        return error

    def _transport_error(
        self,
        method: str,
        url: str,
        exc: BaseException,
        expires: float,
        detail: str,
        kind: Optional[str] = None,
    ) -> TransportError:
        """The typed error for a failed send or read; ``DeadlineExceeded`` once
        the call's deadline has passed (the read timeout is clipped to it).
        ``kind`` names the failure (the exception's class name by default)."""
        kind = kind or type(exc).__name__
        log.debug("%s %s failed: %s", method, redact_url(url), kind)
        if time.monotonic() >= expires:
            return DeadlineExceeded(f"{method} {redact_url(url)}: deadline exceeded")
        return TransportError(f"{method} {redact_url(url)}: {kind}: {detail}")
