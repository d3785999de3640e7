"""The HTTP transport: ``requests`` and ``urllib3``, imported on first use, with
the retry policy and session the client needs on top of them.

Importing ``requests`` costs more than importing the whole generated package,
and code that only uses the models never sends a request, so nothing here
imports it until the first client is built (``http()``).
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any, Callable, NamedTuple, Optional, Union, cast

from ._core import UNSENDABLE_HEADER, innermost_reason
from ._core import within as within  # (re-exported: _responses opens streams with it)
from ._redact import quiet_library_urls
from ._retrying import IDEMPOTENT_METHODS, RETRY_STATUSES, retry_after_seconds, retryable_status

if TYPE_CHECKING:  # for annotations only: http() imports them when first needed
    import requests
    import requests.adapters
    import urllib3


class Http(NamedTuple):
    """The parts of ``requests`` and ``urllib3`` the client uses; see ``http()``."""

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
# when the next wait would pass it (None outside ``BaseClient.request``), and
# ``one_shot``: whether that call's body can be sent only once.
call_state = threading.local()


_http_loaded: Optional[Http] = None
_http_lock = threading.Lock()


def http() -> Http:
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


def _load_http() -> Http:
    """The imports behind ``http()``; it calls this once, under its lock."""
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
        of failing the call.  No retry starts whose wait would pass the
        call's deadline: the last response (or error) is returned instead.  And a
        call whose body can be sent only once (``call_state.one_shot``: an
        iterator of chunks) is retried only when the connection failed, before
        anything was sent; otherwise it would go again with an empty body."""

        max_retry_after: float = 60.0

        def new(self, **kw: Any) -> Any:
            # Retry builds a fresh object per attempt from its __init__ arguments.
            fresh = super().new(**kw)
            fresh.max_retry_after = self.max_retry_after
            return fresh

        def is_retry(self, method: str, status_code: int, has_retry_after: bool = False) -> bool:
            if getattr(call_state, "one_shot", False):
                return False  # its body is used up: the response stands
            if status_code == 429:
                return bool(self.total)
            asked = has_retry_after and self.respect_retry_after_header
            return retryable_status(method, status_code, asked)

        def get_retry_after(self, response: Any) -> Optional[float]:
            # None for garbage or negative: sleep() falls back to the backoff
            return retry_after_seconds(response.headers.get("Retry-After"), self.max_retry_after)

        def increment(
            self,
            method: Optional[str] = None,
            url: Optional[str] = None,
            response: Any = None,
            error: Optional[Exception] = None,
            _pool: Any = None,
            _stacktrace: Any = None,
        ) -> Any:
            sent = response is not None or not (error and self._is_connection_error(error))
            if sent and getattr(call_state, "one_shot", False):
                # Sending again would send the used-up body empty: fail with this error.
                reason = error or urllib3.exceptions.ResponseError("the body cannot be sent again")
                raise urllib3.exceptions.MaxRetryError(_pool, url, reason)
            fresh = super().increment(method, url, response, error, _pool, _stacktrace)
            expires: Optional[float] = getattr(call_state, "expires", None)
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

        # Headers besides Authorization that carry a credential (API keys); the client sets them.
        credential_headers: tuple[str, ...] = ()

        def rebuild_auth(self, prepared_request: Any, response: Any) -> None:
            strip_auth_across_hosts(self, prepared_request, response, self.credential_headers)

        def get_redirect_target(self, resp: Any) -> Optional[str]:
            # requests reads a redirect's whole body (to reuse the connection)
            # with no bound on its size or time; nothing uses it, so the
            # connection is closed with the body unread instead.
            target: Optional[str] = super().get_redirect_target(resp)
            if target is not None and not resp._content_consumed:
                resp.raw.close()
                resp._content, resp._content_consumed = b"", True
            return target

    quiet_library_urls(("urllib3.connectionpool", "urllib3.util.retry"))
    read_errors = (urllib3.exceptions.HTTPError, requests.RequestException, OSError)
    send_errors = (requests.RequestException, UnicodeEncodeError)
    return Http(
        Session,
        HTTPAdapter,
        requests.RequestException,
        Retry,
        RetryPolicy,
        read_errors,
        send_errors,
        requests.exceptions.InvalidHeader,
    )


def strip_auth_across_hosts(
    session: requests.Session,
    prepared_request: requests.PreparedRequest,
    response: Any,
    credential_headers: tuple[str, ...] = (),
) -> None:
    """requests' ``rebuild_auth`` without its netrc lookup (see ``http().Session``),
    dropping ``credential_headers`` (API keys) along with ``Authorization``."""
    strip: Callable[[Any, Any], bool] = session.should_strip_auth  # untyped in the stubs
    names = ("Authorization", *credential_headers)
    if any(n in prepared_request.headers for n in names) and strip(
        response.request.url, prepared_request.url
    ):
        for name in names:
            prepared_request.headers.pop(name, None)


def retry_policy(
    retries: Union[int, urllib3.Retry, None],
    backoff_factor: float = 0.5,
    max_retry_after: float = 60.0,
) -> urllib3.Retry:
    """``retries`` attempts after the first (0 or None disables retrying); a
    server's ``Retry-After`` is honoured up to ``max_retry_after`` seconds."""
    loaded = http()
    if isinstance(retries, loaded.Retry):
        return retries
    total = cast(Optional[int], retries) or 0  # not a Retry (mypy cannot tell from loaded.Retry)
    policy = loaded.RetryPolicy(
        total=total,
        connect=total,
        read=total,
        status=total,
        backoff_factor=backoff_factor,
        backoff_max=30,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=IDEMPOTENT_METHODS,
        respect_retry_after_header=True,
        raise_on_status=False,
        raise_on_redirect=False,
    )
    policy.max_retry_after = max_retry_after  # type: ignore[attr-defined]
    return policy


def describe(exc: BaseException) -> str:
    """A requests/urllib3 failure in words, never quoting a header value."""
    if isinstance(exc, (UnicodeEncodeError, http().InvalidHeader)):
        return UNSENDABLE_HEADER  # their messages quote the value: maybe a credential
    return innermost_reason(exc)
