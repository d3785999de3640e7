"""Every exception the client raises on purpose, and the mapping from an HTTP
error response to one of them.

Where an API puts the parts of an error (which body fields hold its code and
message, which header its request id) differs per API, so
``error_from_response`` takes an ``ErrorFormat`` that the generated client
builds from its configuration instead of assuming one API's conventions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

from ._redact import redact_url
from ._types import HttpResponse, reason_of


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

    ``id`` and ``message`` come from the error body, from the fields the
    client's ``ERROR_ID_FIELDS`` and ``ERROR_MESSAGE_FIELDS`` name, when it has
    them; ``request_id`` from the first of its ``REQUEST_ID_HEADERS`` present,
    which support teams ask for.  ``body`` is the body as JSON (or text);
    ``data`` is that body decoded with the schema the document declares for
    the status (the exact code, then its ``4XX``/``5XX`` range, then
    ``default``), None when it declares none or the body does not decode;
    ``response`` is the HTTP response itself (not kept when pickled or
    copied: its request holds the credentials).
    """

    __slots__ = ("_response",)  # outside __dict__: never pickled, copied or compared

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
        self.data: Any = None
        self._response: Optional[HttpResponse] = None
        super().__init__(status, id, message)

    @property
    def response(self) -> Optional[Any]:  # requests.Response or httpx.Response
        return getattr(self, "_response", None)

    @response.setter
    def response(self, value: Optional[HttpResponse]) -> None:
        self._response = value

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

# A field of an error body: a name, or a dotted path into nested objects and
# lists (``error.message``, ``errors.0.detail``), split once into its steps.
FieldPath = tuple[Union[str, int], ...]


def field_paths(names: Iterable[str]) -> tuple[FieldPath, ...]:
    """``names`` (``"message"``, ``"error.message"``, ``"errors.0.detail"``)
    as paths; a step of digits indexes a list."""
    return tuple(
        tuple(int(step) if step.isdigit() else step for step in name.split(".")) for name in names
    )


@dataclass(frozen=True)
class ErrorFormat:
    """Where an API's error responses keep their parts: the body fields of the
    error code and message (the first present as a string or number wins) and
    the headers of the request id (the first present wins)."""

    id_fields: tuple[FieldPath, ...] = field_paths(("id", "code", "error.code"))
    message_fields: tuple[FieldPath, ...] = field_paths(
        ("message", "error", "error.message", "detail", "title")
    )
    request_id_headers: tuple[str, ...] = ("X-Request-Id", "Request-Id")


DEFAULT_ERROR_FORMAT = ErrorFormat()


def _first_scalar(body: Mapping[str, Any], paths: Iterable[FieldPath]) -> Optional[str]:
    """The text of the first of ``paths`` in ``body`` holding a string or a
    number (an object or list there is not a message: the next path is tried)."""
    for path in paths:
        value: Any = body
        for step in path:
            if isinstance(step, int) and isinstance(value, list):
                value = value[step] if step < len(value) else None
            elif isinstance(value, dict):
                value = value.get(str(step))
            else:
                value = None
                break
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value)
    return None


def _is_html(response: HttpResponse, text: str) -> bool:
    content_type = response.headers.get("Content-Type", "").lower()
    return "html" in content_type or text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))


def _body_of(content: bytes) -> Any:
    """An error body as JSON when it is JSON (strict UTF-8, as success bodies
    are read), else as text."""
    try:
        return json.loads(content.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # not JSON (or absurdly deep): keep it as text
        return content.decode("utf-8", "replace")


def _message_of(response: HttpResponse, body: Any, form: ErrorFormat) -> str:
    message: Optional[str] = None
    if isinstance(body, dict):
        message = _first_scalar(body, form.message_fields)
    elif isinstance(body, str) and _is_html(response, body):
        # An HTML error page (a proxy's or router's): its title, not its markup.
        title = re.search(r"<title[^>]*>(.*?)</title>", body, re.IGNORECASE | re.DOTALL)
        message = " ".join(title.group(1).split())[:200] if title else ""
        reason = reason_of(response)
        message = f"{reason}: {message}" if message and reason else message
    elif isinstance(body, str):
        message = body.strip()[:500]
    return message or reason_of(response) or "error"


def error_from_response(
    response: HttpResponse, form: ErrorFormat = DEFAULT_ERROR_FORMAT
) -> ApiError:
    """The typed error for an HTTP error response (status 400 or more)."""
    body = _body_of(response.content) if response.content else None
    error_id = _first_scalar(body, form.id_fields) if isinstance(body, dict) else None
    kind = ERRORS_BY_STATUS.get(response.status_code)
    if kind is None:
        kind = ServerError if response.status_code >= 500 else ApiError
    headers = response.headers
    request_id = next((headers[h] for h in form.request_id_headers if h in headers), None)
    error = kind(
        status=response.status_code,
        id=error_id,
        message=_message_of(response, body, form),
        url=redact_url(str(response.url)),
        request_id=request_id,
        body=body,
    )
    error.retry_after = parse_retry_after(headers.get("Retry-After", ""))
    return error


def parse_retry_after(value: str) -> Optional[float]:
    """Seconds of a ``Retry-After`` header (delay-seconds), None when it is
    missing, negative or not a number (``1e9``, ``-5``, ``garbage``)."""
    value = value.strip()
    return float(value) if value.replace(".", "", 1).isdigit() else None
