"""Error mapping of the runtime source: status -> exception class, and the
error id, message and request id read per the client's configured conventions
(``ErrorFormat``), through a real HTTP exchange with a local server."""

from __future__ import annotations

import pickle
from typing import Any, Callable

import _runtime as rt
import pytest
from runtime_server import Reply, Seen, Server

Serve = Callable[[Callable[[Seen], Reply]], Server]


class Neutral(rt.BaseClient):
    """A client with no convention configured: the runtime's neutral defaults."""


class HerokuLike(rt.BaseClient):
    ERROR_ID_FIELDS = ("id",)
    ERROR_MESSAGE_FIELDS = ("message",)
    REQUEST_ID_HEADERS = ("Request-Id",)
    RATE_LIMIT_HEADERS = ("RateLimit-Remaining",)


class Nested(rt.BaseClient):
    ERROR_ID_FIELDS = ("errors.0.code",)
    ERROR_MESSAGE_FIELDS = ("errors.0.detail", "fault.text")
    REQUEST_ID_HEADERS = ("X-Trace",)


def failure(
    serve: Serve, kind: type[rt.BaseClient], status: int, body: Any, headers: dict[str, str]
) -> rt.ApiError:
    server = serve(lambda seen: Reply(status, body, headers))
    with kind("t", base_url=server.url, retries=0) as client:
        with pytest.raises(rt.ApiError) as caught:
            client.request("GET", "/thing")
    return caught.value


@pytest.mark.parametrize(
    "status, kind",
    [
        (400, rt.BadRequest),
        (401, rt.Unauthorized),
        (403, rt.Forbidden),
        (404, rt.NotFound),
        (409, rt.Conflict),
        (422, rt.UnprocessableEntity),
        (418, rt.ApiError),
        (503, rt.ServerError),
    ],
)
def test_status_picks_the_class(serve: Serve, status: int, kind: type[rt.ApiError]) -> None:
    error = failure(serve, Neutral, status, {"message": "m"}, {})
    assert type(error) is kind and error.status == status


def test_neutral_defaults_read_common_fields(serve: Serve) -> None:
    error = failure(serve, Neutral, 404, {"code": "gone", "detail": "no such thing"}, {})
    assert (error.id, error.message) == ("gone", "no such thing")
    error = failure(
        serve, Neutral, 400, {"error": {"code": 7, "message": "bad"}}, {"X-Request-Id": "r-1"}
    )
    assert (error.id, error.message, error.request_id) == ("7", "bad", "r-1")
    assert str(error).endswith("[request r-1]")


def test_configured_fields_only(serve: Serve) -> None:
    """A configured API reads its own fields, not the neutral ones."""
    body = {"id": "not_found", "message": "Couldn't find that app.", "code": "x", "error": "y"}
    error = failure(serve, HerokuLike, 404, body, {"Request-Id": "abc", "X-Request-Id": "no"})
    assert (error.id, error.message, error.request_id) == ("not_found", body["message"], "abc")
    error = failure(serve, HerokuLike, 404, {"code": "x", "error": "y"}, {"X-Request-Id": "no"})
    assert (error.id, error.message, error.request_id) == (None, "Not Found", None)


def test_dotted_paths_and_fallbacks(serve: Serve) -> None:
    body = {"errors": [{"code": "E1", "detail": "first"}, {"code": "E2"}]}
    error = failure(serve, Nested, 422, body, {"X-Trace": "t-9"})
    assert (error.id, error.message, error.request_id) == ("E1", "first", "t-9")
    # An object where a message is expected is skipped for the next field.
    error = failure(serve, Nested, 422, {"errors": [{"detail": {}}], "fault": {"text": "f"}}, {})
    assert (error.id, error.message) == (None, "f")
    error = failure(serve, Nested, 422, {"errors": []}, {})
    assert error.message == "Unprocessable Entity"


def test_html_and_text_bodies(serve: Serve) -> None:
    page = b"<!DOCTYPE html><html><head><title> Bad\n gateway </title></head></html>"
    error = failure(serve, Neutral, 502, page, {"Content-Type": "text/html"})
    assert error.message == "Bad Gateway: Bad gateway" and error.body == page.decode()
    error = failure(serve, Neutral, 400, b"  plain words  ", {"Content-Type": "text/plain"})
    assert error.message == "plain words"


def test_retry_after_and_pickling(serve: Serve) -> None:
    error = failure(serve, Neutral, 400, {"message": "m"}, {"Retry-After": "2.5"})
    assert error.retry_after == 2.5
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is rt.BadRequest and str(copy) == str(error)
    for garbage in ("-5", "1e9", "soon", ""):
        assert rt._errors.parse_retry_after(garbage) is None


def test_rate_limit_header_is_configured(serve: Serve) -> None:
    headers = {"RateLimit-Remaining": "41", "X-RateLimit-Remaining": "7"}
    server = serve(lambda seen: Reply(200, {}, headers))
    with HerokuLike("t", base_url=server.url) as client:
        client.request("GET", "/")
        assert client.rate_limit_remaining == 41

    class Other(rt.BaseClient):
        RATE_LIMIT_HEADERS = ("X-RateLimit-Remaining",)

    with Other("t", base_url=server.url) as client:
        client.request("GET", "/")
        assert client.rate_limit_remaining == 7


def test_decode_error_names_the_field() -> None:
    decode = rt.list_of(rt.dict_of(rt.as_int))
    with pytest.raises(rt.DecodeError) as caught:
        decode([{"a": 1}, {"b": "two"}])
    assert str(caught.value) == "[1].b: expected integer, got str"
