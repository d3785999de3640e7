"""The synchronous client: a ``requests`` session, and ``request``, the single
place every generated operation of ``Client`` sends through.

``BaseClient`` knows no particular API.  What differs per API (base URL,
security schemes and requirements, error body fields, request-id and
rate-limit headers, default headers) is a class attribute of ``ClientCore``
the generated ``Client`` subclass sets from the document and the generator's
configuration.  What to send, which credentials and how to read the reply is
decided in ``_core`` (shared with ``AsyncBaseClient``); this module only does
the I/O: requests' ``auth=`` (a ``CallAuth``), the OAuth2 token POST and the
re-send after a 401.
"""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Union, cast
from urllib.parse import urljoin

from ._auth import CallAuth, Secret, Security
from ._servers import Server
from ._decoding import ErrorDecoders
from ._errors import InvalidCredentials
from ._core import ClientCore, within
from ._params import multipart_parts
from ._errors import DeadlineExceeded, ResponseTooLarge, TransportError
from ._redact import redact_url
from ._streaming import read_chunks
from ._uploads import one_shot
from ._transport import call_state, describe, http, retry_policy, strip_auth_across_hosts
from ._types import UNSET, RawBody, T, Timeout

if TYPE_CHECKING:
    import requests
    import urllib3


class BaseClient(ClientCore):
    """Holds the session, credentials and settings; generated ``Client`` subclasses
    it, sets the API's conventions (see ``ClientCore``) and adds one property
    per API group, which imports that group's module on first use (see ``_resource``)."""

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
        self._configure(
            token,
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
            self._fetch_token,
        )
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

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.session.close()

    def _fetch_token(
        self, url: str, fields: Mapping[str, str], client_id: str, secret: str
    ) -> Mapping[str, Any]:
        """POST the client credentials grant to ``url`` (relative to the base URL),
        the client id and secret as HTTP Basic auth (RFC 6749 2.3.1); the reply's
        JSON object.  Bounded like any call; a refusal is ``InvalidCredentials``."""
        target = urljoin(self.base_url + "/", url)
        started, expires = self._token_clock()
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
            raise self._failed("POST", target, exc, expires) from None
        finally:
            call_state.expires = None
        body = self._read_body(response, "POST", target, expires, self.MAX_TOKEN_REPLY_BYTES)
        return self._token_reply(target, response.status_code, body)

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
        capture, replayed = self._capture(strict)
        if replayed is not None:
            return cast("requests.Response", replayed)
        if capture is not None and capture.response is None and capture.mode == "stream":
            stream = True
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
        call_auth = self._call_auth(security, call.base)

        # urllib3 retries a call it sent only when its body can be sent again
        # (multipart and forms are encoded to bytes first).
        sent_once = one_shot(call.body, call.start)

        def send(auth: CallAuth) -> requests.Response:
            call_state.expires = call.expires
            call_state.one_shot = sent_once
            try:
                return self._send(
                    method,
                    call.url,
                    params=call.query,
                    headers=call.headers,
                    cookies=call.cookies,
                    data=call.body if call.form is None else call.form,
                    files=None if call.multipart is None else multipart_parts(call.multipart),
                    timeout=within(
                        self.timeout if timeout is None else timeout, call.expires - call.started
                    ),
                    stream=True,  # read below, bounded in size and time
                    auth=auth,
                )
            except http().SendErrors as exc:  # evaluated only when something was raised
                raise self._failed(method, call.url, exc, call.expires) from None
            finally:
                call_state.expires = None
                call_state.one_shot = False

        try:
            response = send(call_auth)
            if self._refused_token(response.status_code, call_auth, call):
                response.close()
                response = send(self._call_auth(security, call.base))
        finally:
            if call.opened is not None:
                call.opened.close()
        if not stream or response.status_code >= 400:
            response._content = self._read_body(response, method, call.url, call.expires)
            response._content_consumed = True  # type: ignore[attr-defined]
        self._accepted(call, response, errors)
        if stream:
            reopen = self._reopener(self.request, locals())  # the arguments sent again
            response.openapi_reopen = reopen  # type: ignore[attr-defined]
        self._record(capture, response)
        return response

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        return self.session.request(method, url, **kwargs)

    def _failed(self, method: str, url: str, exc: BaseException, expires: float) -> TransportError:
        """The typed error of a failed send or read (see ``ClientCore._transport_error``)."""
        return self._transport_error(method, url, exc, expires, describe(exc))

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
            raise self._failed(method, url, exc, expires) from None
