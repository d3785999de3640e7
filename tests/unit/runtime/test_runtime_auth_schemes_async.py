"""Security schemes through ``AsyncBaseClient`` (httpx): the same decisions as
``BaseClient`` (they are made in ``_core``/``_auth``), sent the async way.
Where each kind of credential goes, that none reaches another origin on a
redirect, the token endpoint's reply bounded and checked with nothing secret
in messages, and a file body sent again after a 401 only if it can be rewound."""

from __future__ import annotations

import asyncio
import io
import logging
from pathlib import Path
from typing import Any, Callable

import _runtime as rt
import pytest
from _runtime._origin import origin
from runtime_server import Reply, Seen, Server
from test_runtime_auth_schemes import ALL, SCHEMES, OAuth

Serve = Callable[[Callable[[Seen], Reply]], Server]


class AsyncSchemes(rt.AsyncBaseClient):
    SECURITY_SCHEMES = SCHEMES
    SECURITY = (("header", "query", "cookie", "bearer"),)


class AsyncOAuth(rt.AsyncBaseClient, conventions=OAuth):
    pass


def run(client_class: type[rt.AsyncBaseClient], calls: Any, **kwargs: Any) -> Any:
    """Build the client inside an event loop, await ``calls(client)``, close it."""

    async def main() -> Any:
        async with client_class(**kwargs) as client:
            return await calls(client)

    return asyncio.run(main())


def test_each_location(serve: Serve, no_credentials: Path) -> None:
    server = serve(lambda seen: Reply(200, {}))

    async def calls(client: rt.AsyncBaseClient) -> None:
        await client.request("GET", "/a", cookies={"theme": "dark"}, query={"q": "1"})
        await client.request("GET", "/b", security=(("basic",),))

    run(AsyncSchemes, calls, base_url=server.url, credentials={**ALL, "basic_auth": ("u", "p")})
    first, second = server.seen
    assert first.headers["X-Key"] == "hk-1" and first.headers["Authorization"] == "Bearer tk-4"
    assert first.path == "/a?q=1&key=qk-2"
    assert first.headers["Cookie"] == "theme=dark; sid=ck-3"
    assert "X-Key" not in second.headers and "Cookie" not in second.headers
    assert second.path == "/b" and second.headers["Authorization"] == "Basic dTpw"


def test_nothing_crosses_to_another_origin_on_a_redirect(
    serve: Serve, no_credentials: Path
) -> None:
    other = serve(lambda seen: Reply(200, {}))
    api = serve(lambda seen: Reply(302, headers={"Location": other.url + "/elsewhere"}))
    assert origin(api.url) != origin(other.url)  # same host, another port

    async def calls(client: rt.AsyncBaseClient) -> None:
        await client.request("GET", "/moved")

    run(AsyncSchemes, calls, base_url=api.url, credentials=ALL)
    (arrived,) = other.seen
    assert arrived.path == "/elsewhere"
    assert not {"X-Key", "Authorization", "Cookie"} & set(arrived.headers)
    assert api.seen[0].headers["X-Key"] == "hk-1"


def test_missing_credentials_send_nothing(serve: Serve, no_credentials: Path) -> None:
    server = serve(lambda seen: Reply(200, {}))

    async def calls(client: rt.AsyncBaseClient) -> None:
        with pytest.raises(rt.MissingCredentials, match="security scheme 'header'"):
            await client.request("GET", "/")
        await client.request("GET", "/open", security=())

    run(AsyncSchemes, calls, base_url=server.url)
    assert [s.path for s in server.seen] == ["/open"]
    with pytest.raises(TypeError, match="takes no api_key credential"):
        run(AsyncSchemes, calls, base_url=server.url, credentials={"api_key": "x"})


@pytest.mark.parametrize(
    "reply, error, words",
    [
        (Reply(200, {"token_type": "Bearer"}), rt.InvalidCredentials, "without an access_token"),
        (Reply(200, b"<html>"), rt.InvalidCredentials, "HTTP 200"),
        (Reply(400, {"error": "invalid_scope"}), rt.InvalidCredentials, "(invalid_scope)"),
        (Reply(200, {"access_token": "x" * 5000}), rt.ResponseTooLarge, "max_response_bytes"),
        (Reply(302, headers={"Location": "/elsewhere"}), rt.InvalidCredentials, "HTTP 302"),
    ],
)
def test_token_endpoint_replies(
    serve: Serve,
    no_credentials: Path,
    caplog: pytest.LogCaptureFixture,
    reply: Reply,
    error: type[Exception],
    words: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    server = serve(lambda seen: reply)
    shown: list[str] = []

    async def calls(client: rt.AsyncBaseClient) -> None:
        shown.append(repr(client))
        with pytest.raises(error) as caught:
            await client.request("GET", "/data")
        shown.append(str(caught.value))
        assert words in str(caught.value)

    credentials = {"client_id": "id-1", "client_secret": "secret-2"}
    run(AsyncOAuth, calls, base_url=server.url, credentials=credentials, retries=0)
    assert "secret-2" not in "".join(shown) + caplog.text
    (token_request,) = server.seen  # the API itself was never called, no redirect followed
    assert token_request.path == "/token" and token_request.method == "POST"
    assert token_request.body == b"grant_type=client_credentials"
    assert token_request.headers["Authorization"] == "Basic aWQtMTpzZWNyZXQtMg=="


def _token_then_refuse_first(seen: Seen) -> Reply:
    """A token endpoint issuing tok-1, tok-2...; the API refuses tok-1."""
    if seen.path == "/token":
        _token_then_refuse_first.issued += 1  # type: ignore[attr-defined]
        return Reply(200, {"access_token": f"tok-{_token_then_refuse_first.issued}"})  # type: ignore[attr-defined]
    if seen.headers.get("Authorization") == "Bearer tok-1":
        return Reply(401, {"message": "expired"})
    return Reply(200, {"body": seen.body.decode()})


@pytest.mark.parametrize(
    "body, resent",
    [
        ({"content": b"bytes-body"}, True),
        ({"content": io.BytesIO(b"file-body")}, True),  # rewound and sent again
        ({"multipart": {"part": io.BytesIO(b"file-part")}}, False),  # a file part: not again
    ],
    ids=["bytes", "file", "multipart-file"],
)
def test_a_refused_token_is_fetched_again_once_if_the_body_can_be_resent(
    serve: Serve, no_credentials: Path, body: dict[str, Any], resent: bool
) -> None:
    _token_then_refuse_first.issued = 0  # type: ignore[attr-defined]
    server = serve(_token_then_refuse_first)

    async def calls(client: rt.AsyncBaseClient) -> Any:
        return await client.request("POST", "/upload", **body)

    credentials = {"client_id": "id-1", "client_secret": "secret-2"}
    if resent:
        response = run(AsyncOAuth, calls, base_url=server.url, credentials=credentials, retries=0)
        assert response.status_code == 200
        assert [s.path for s in server.seen] == ["/token", "/upload", "/token", "/upload"]
        assert server.seen[1].body == server.seen[3].body != b""
    else:
        with pytest.raises(rt.Unauthorized):
            run(AsyncOAuth, calls, base_url=server.url, credentials=credentials, retries=0)
        assert [s.path for s in server.seen] == ["/token", "/upload"]
