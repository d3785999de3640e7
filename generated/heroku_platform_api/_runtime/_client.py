"""The client itself: one session, its credentials and settings, and
``request``, the single place every generated operation sends through.

``BaseClient`` knows no particular API.  What differs per API (base URL,
security schemes and requirements, error body fields, request-id and
rate-limit headers, default headers) is a class attribute the generated
``Client`` subclass sets from the document and the generator's configuration.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Union, cast
from urllib.parse import quote, urlencode, urljoin, urlsplit

from ._auth import Authenticator, CallAuth, Secret, Security, SecurityScheme
from ._decoding import STRICT_ATTRIBUTE, ErrorDecoders, encode, error_data
from ._errors import (
    ApiError,
    ClientError,
    DeadlineExceeded,
    ErrorFormat,
    InvalidCredentials,
    PaginationError,
    ResponseTooLarge,
    TransportError,
    error_from_response,
    field_paths,
)
from ._origin import same_origin
from ._params import expand_path, multipart_parts, query_pairs, simple_values
from ._redact import redact_url
from ._responses import Captured, current_capture
from ._servers import Server, choose_base_url, operation_base_url
from ._streaming import read_chunks
from ._uploads import resendable, start_of, upload_body
from ._transport import call_state, describe, http, retry_policy, strip_auth_across_hosts, within
from ._types import UNSET, RawBody, T, Timeout, Unset

if TYPE_CHECKING:
    import requests
    import urllib3

log = logging.getLogger(__name__.rsplit(".", 2)[0])

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


class BaseClient:
    """Holds the session, credentials and settings; generated ``Client`` subclasses
    it, sets the API's conventions below and adds one property per API group,
    which imports that group's module on first use (see ``_resource``)."""

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

    def __init__(
        self,
        token: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        server: Optional[int] = None,
        server_variables: Optional[Mapping[str, Optional[str]]] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: Timeout = (10.0, 60.0),
        retries: Union[int, urllib3.Retry, None] = 3,
        backoff_factor: float = 0.5,
        pool_size: int = 10,
        session: Optional[requests.Session] = None,
        deadline: float = 300.0,
        max_response_bytes: int = 64 * 1024 * 1024,
        max_retry_after: float = 60.0,
        strict: bool = False,
        credentials: Optional[Mapping[str, Secret]] = None,
    ) -> None:
        """``credentials``: each security scheme's argument (by its name, as
        ``SECURITY_SCHEMES`` says); ``token`` is the argument named ``token``."""
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
        self.rate_limit_remaining: Optional[int] = None
        # Decode replies strictly (a field that breaks its schema raises
        # DecodeError) instead of keeping its raw value; per call: strict=.
        self.strict = strict
        self._auth = Authenticator(
            self._security_schemes(),
            self._given_credentials(token, credentials or {}),
            self.base_url,
            self._fetch_token,
        )
        self._errors = self._error_format()
        self.session = self._session(session, retries, backoff_factor, max_retry_after, pool_size)
        self._resources: dict[object, Any] = {}

    def _resource(self, group: Callable[[BaseClient], T]) -> T:
        """This client's instance of API group class ``group``, made on first use
        and kept, so a client with thousands of groups costs nothing for the
        ones it never touches.  (Two threads racing here may each make one; the
        groups hold nothing but the client, so either serves.)"""
        found = self._resources.get(group)
        if found is None:
            found = self._resources[group] = group(self)
        return cast(T, found)

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

    @classmethod
    def _error_format(cls) -> ErrorFormat:
        """The class's error conventions, with the body field paths split once."""
        return ErrorFormat(
            field_paths(cls.ERROR_ID_FIELDS),
            field_paths(cls.ERROR_MESSAGE_FIELDS),
            tuple(cls.REQUEST_ID_HEADERS),
        )

    def _session(
        self,
        session: Optional[requests.Session],
        retries: Union[int, urllib3.Retry, None],
        backoff_factor: float,
        max_retry_after: float,
        pool_size: int,
    ) -> requests.Session:
        """The caller's session or a new one, with the client's auth, retry
        policy and pool, never sending credentials to another host."""
        loaded = http()
        chosen = session or loaded.Session()
        if not isinstance(chosen, loaded.Session):  # the caller's own session
            names = self._auth.header_names()
            chosen.rebuild_auth = (  # type: ignore[method-assign]
                lambda prepared, response: strip_auth_across_hosts(
                    chosen, prepared, response, names
                )
            )
        else:
            chosen.credential_headers = self._auth.header_names()  # type: ignore[attr-defined]
        # Requests sent through the session directly carry no credential.
        chosen.auth = self._auth.empty()
        adapter = loaded.HTTPAdapter(
            pool_connections=pool_size,
            pool_maxsize=pool_size,
            max_retries=retry_policy(retries, backoff_factor, max_retry_after),
        )
        chosen.mount("https://", adapter)
        chosen.mount("http://", adapter)
        return chosen

    def __repr__(self) -> str:
        state = self._auth.state()
        return f"{type(self).__name__}(base_url={self.base_url!r}{', ' if state else ''}{state})"

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.session.close()

    def _call_auth(self, security: Optional[Security], base: Optional[str] = None) -> CallAuth:
        """What a call of an operation with ``security`` (the client's
        ``SECURITY`` when None) to ``base`` (the operation's server, which the
        document declares; the client's base URL when None) sends;
        ``MissingCredentials`` when no alternative has all its credentials."""
        return self._auth.for_call(self.SECURITY if security is None else security, base)

    def _fetch_token(
        self, url: str, fields: Mapping[str, str], client_id: str, secret: str
    ) -> Mapping[str, Any]:
        """POST the client credentials grant to ``url`` (relative to the base URL),
        the client id and secret as HTTP Basic auth (RFC 6749 2.3.1); the reply's
        JSON object.  Bounded like any call; a refusal is ``InvalidCredentials``."""
        target = urljoin(self.base_url + "/", url)
        started = time.monotonic()
        expires = started + self.deadline
        basic = base64.b64encode(f"{client_id}:{secret}".encode("utf-8")).decode("ascii")
        call_state.expires = expires
        try:
            response = self.session.post(
                target,
                data=dict(fields),
                headers={"Authorization": f"Basic {basic}", "Accept": "application/json"},
                auth=self._auth.empty(),  # the Authorization above stays; nothing else added
                timeout=within(self.timeout, expires - started),
                allow_redirects=False,
                stream=True,
            )
        except http().SendErrors as exc:
            raise self._transport_error("POST", target, exc, expires) from None
        finally:
            call_state.expires = None
        body = self._read_body(response, "POST", target, expires, self.MAX_TOKEN_REPLY_BYTES)
        try:
            reply = json.loads(body)
        except ValueError:
            reply = None
        if response.status_code >= 400 or not isinstance(reply, dict):
            error = reply.get("error") if isinstance(reply, dict) else None
            reason = f" ({error})" if isinstance(error, str) and len(error) < 100 else ""
            raise InvalidCredentials(
                f"the token endpoint {redact_url(target)} refused the client credentials: "
                f"HTTP {response.status_code}{reason}"
            )
        return reply

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
        accept: Optional[str] = None,
        strict: Optional[bool] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        errors: Optional[ErrorDecoders] = None,
        stream: bool = False,
        security: Optional[Security] = None,
        servers: tuple[Server, ...] = (),
        url: Optional[str] = None,
    ) -> requests.Response:
        """Send one request and return the response, raising ``ApiError`` for >= 400.

        The body is read here, in chunks, within ``max_response_bytes`` and the
        call's ``deadline`` (seconds for everything: retries, waits and the
        body; the client's when None), so the response comes back complete.

        ``accept`` is the operation's ``Accept`` (the media types its responses
        are declared in, JSON first); an ``Accept`` the client was configured
        with wins, and ``headers`` win over both.  ``extra_query`` and
        ``extra_body`` add what a document forgot: query parameters, and keys
        merged into a JSON object (or form) body.  ``strict`` (the client's
        when None) is recorded on the response for ``decode``.  ``errors``
        decode the error bodies the document declares (``ApiError.data``).
        ``servers`` are the operation's own, if it names any (see ``_servers``).
        ``url`` (a next page's link) replaces the base URL + ``path``; it must
        be on that base URL's scheme, host and port, or nothing is sent.
        ``security`` is the operation's requirement (the client's ``SECURITY``
        when None); an OAuth2 token the API refuses with 401 is fetched again,
        once (a streamed upload is sent again only if its file can be rewound).

        ``stream`` leaves a success body unread, to be read as it arrives
        (``_streaming``): the deadline then covers the request and the
        headers, each later read the read timeout.  A ``content`` that is a
        path or an open file is streamed from disk, with its Content-Length.
        Under ``with_raw_response``/``with_streaming_response`` the response
        is also recorded for them (see ``_responses``).
        """
        capture = current_capture.get()
        if capture is not None and capture.mode == "replay" and capture.response is not None:
            replayed = capture.response
            setattr(replayed, STRICT_ATTRIBUTE, self.strict if strict is None else strict)
            return replayed
        if capture is not None and capture.response is None and capture.mode == "stream":
            stream = True
        base = self._operation_base(servers)
        if url is None:
            url = base + expand_path(path, path_params or {})
        elif not same_origin(url, base):
            raise PaginationError(f"{method} {redact_url(url)}: not on the API's origin; not sent")
        sent_headers = dict(self.headers)
        if "Accept" not in sent_headers:
            sent_headers["Accept"] = accept or DEFAULT_ACCEPT
        sent_headers.update(simple_values(header_params or {}))
        if content_type is not None:
            sent_headers["Content-Type"] = content_type
        sent_headers.update(headers or {})
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
        pairs = query_pairs(query or {})
        if extra_query:
            pairs += query_pairs(extra_query)
        started = time.monotonic()
        expires = started + (self.deadline if deadline is None else deadline)
        call_auth = self._call_auth(security, base)
        start = start_of(body)

        def send(auth: CallAuth) -> requests.Response:
            call_state.expires = expires
            try:
                return self._send(
                    method,
                    url,
                    params=urlencode(pairs, quote_via=quote),  # spaces as %20, not +
                    headers=sent_headers,
                    cookies=simple_values(cookies or {}),
                    data=body if form is None else query_pairs(form),
                    files=None if multipart is None else multipart_parts(multipart),
                    timeout=within(self.timeout if timeout is None else timeout, expires - started),
                    stream=True,  # read below, bounded in size and time
                    auth=auth,
                )
            except http().SendErrors as exc:  # evaluated only when something was raised
                raise self._transport_error(method, url, exc, expires) from None
            finally:
                call_state.expires = None

        try:
            response = send(call_auth)
            if (
                response.status_code == 401
                and call_auth.tokens
                and resendable(body, start, multipart)
            ):
                response.close()
                for source, refused in call_auth.tokens:
                    source.invalidate(refused)
                response = send(self._call_auth(security, base))
        finally:
            if opened is not None:
                opened.close()
        if not stream or response.status_code >= 400:
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
        self._note_rate_limit(response)
        if response.status_code >= 400:
            raise self._api_error(response, errors)
        setattr(response, STRICT_ATTRIBUTE, self.strict if strict is None else strict)
        response.openapi_limit = self.max_response_bytes  # type: ignore[attr-defined]
        if stream:

            def reopen(last_event_id: Optional[str]) -> requests.Response:
                resumed = {**(headers or {})}
                if last_event_id is not None:
                    resumed["Last-Event-ID"] = last_event_id
                return self.request(
                    method, path, path_params=path_params, query=query,
                    header_params=header_params, cookies=cookies, headers=resumed,
                    timeout=timeout, deadline=deadline, accept=accept, strict=strict,
                    extra_query=extra_query, errors=errors, stream=True, servers=servers,
                )  # fmt: skip

            response.openapi_reopen = reopen  # type: ignore[attr-defined]
        if capture is not None and capture.response is None:
            capture.response = response
            if capture.mode == "stream" or capture.unwind:
                raise Captured()
        return response

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        return self.session.request(method, url, **kwargs)

    def _note_rate_limit(self, response: requests.Response) -> None:
        for name in self.RATE_LIMIT_HEADERS:
            remaining = response.headers.get(name)
            if remaining is not None:
                if remaining.strip().isdigit():
                    self.rate_limit_remaining = int(remaining)
                return

    def _api_error(
        self, response: requests.Response, errors: Optional[ErrorDecoders] = None
    ) -> ApiError:
        """The typed error of an error response, read with this API's conventions;
        its ``data`` decoded with the schema the operation declares for the status."""
        error = error_from_response(response, self._errors)
        error.response = response
        if errors:
            error.data = error_data(response, errors)
        return error

    def _transport_error(
        self, method: str, url: str, exc: BaseException, expires: float
    ) -> TransportError:
        """The typed error for a failed send or read; ``DeadlineExceeded`` once
        the call's deadline has passed (the read timeout is clipped to it)."""
        log.debug("%s %s failed: %s", method, redact_url(url), type(exc).__name__)
        if time.monotonic() >= expires:
            return DeadlineExceeded(f"{method} {redact_url(url)}: deadline exceeded")
        return TransportError(f"{method} {redact_url(url)}: {type(exc).__name__}: {describe(exc)}")

    def _read_body(
        self,
        response: requests.Response,
        method: str,
        url: str,
        expires: float,
        limit: Optional[int] = None,
    ) -> bytes:
        """The whole body, read in chunks as they arrive; ``ResponseTooLarge``
        past ``max_response_bytes``, ``DeadlineExceeded`` past ``expires``.
        On any error the connection is closed, not returned to the pool half read."""
        try:
            return read_chunks(response, limit or self.max_response_bytes, expires)
        except ResponseTooLarge as error:
            response.close()
            raise ResponseTooLarge(f"{method} {redact_url(url)}: {error}") from None
        except DeadlineExceeded:
            response.close()
            raise DeadlineExceeded(f"{method} {redact_url(url)}: deadline exceeded") from None
        except http().ReadErrors as exc:
            response.close()
            raise self._transport_error(method, url, exc, expires) from None
