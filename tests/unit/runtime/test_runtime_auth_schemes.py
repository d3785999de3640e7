"""Security schemes in the runtime source (``_auth``, ``BaseClient``): where each
kind of credential goes, that none ever reaches another origin (redirects,
absolute URLs, the bare session), netrc only when a scheme turns it on, the
token endpoint's reply bounded and checked, and nothing secret in messages."""

from __future__ import annotations

import base64
import logging
from pathlib import Path
from typing import Callable, Mapping

import _runtime as rt
import pytest
from _runtime._auth import Authenticator, CallAuth
from _runtime._origin import origin
from runtime_server import Reply, Seen, Server

Serve = Callable[[Callable[[Seen], Reply]], Server]

SCHEMES: Mapping[str, rt.SecurityScheme] = {
    "header": rt.SecurityScheme(
        "header", "apiKey", argument="header_key", location="header", parameter="X-Key"
    ),
    "query": rt.SecurityScheme(
        "query", "apiKey", argument="query_key", location="query", parameter="key"
    ),
    "cookie": rt.SecurityScheme(
        "cookie", "apiKey", argument="cookie_key", location="cookie", parameter="sid"
    ),
    "bearer": rt.SecurityScheme("bearer", "bearer", argument="token", env="SCHEMES_TOKEN"),
    "basic": rt.SecurityScheme("basic", "basic", argument="basic_auth", netrc=True),
    "mtls": rt.SecurityScheme("mtls", "unsupported", argument="mtls"),
}
ALL = {"header_key": "hk-1", "query_key": "qk-2", "cookie_key": "ck-3", "token": "tk-4"}


class Schemes(rt.BaseClient):
    SECURITY_SCHEMES = SCHEMES
    SECURITY = (("header", "query", "cookie", "bearer"),)


def test_each_location(serve: Serve, no_credentials: Path) -> None:
    server = serve(lambda seen: Reply(200, {}))
    with Schemes(base_url=server.url, credentials={**ALL, "basic_auth": ("u", "p")}) as client:
        client.request("GET", "/a", cookies={"theme": "dark"}, query={"q": "1"})
        client.request("GET", "/b", security=(("basic",),))
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
    with Schemes(base_url=api.url, credentials=ALL) as client:
        client.request("GET", "/moved")
    (arrived,) = other.seen
    assert arrived.path == "/elsewhere"
    assert not {"X-Key", "Authorization", "Cookie"} & set(arrived.headers)


def test_nothing_goes_to_an_absolute_url_or_through_the_bare_session(
    serve: Serve, no_credentials: Path
) -> None:
    other = serve(lambda seen: Reply(200, {}))
    api = serve(lambda seen: Reply(200, {}))
    with Schemes(base_url=api.url, credentials=ALL) as client:
        # A link a response handed out, followed with this call's credentials.
        client.session.get(other.url + "/next", auth=client._call_auth(None), timeout=5)
        client.session.get(api.url + "/direct", timeout=5)
    assert not {"X-Key", "Authorization", "Cookie"} & set(other.seen[0].headers)
    assert other.seen[0].path == "/next"
    assert "Authorization" not in api.seen[0].headers and api.seen[0].path == "/direct"


def test_origin_compares_scheme_host_and_port() -> None:
    assert origin("https://API.example.com/x") == origin("https://api.example.com:443/y")
    assert origin("http://api.example.com") != origin("https://api.example.com")
    assert origin("https://api.example.com.evil.test") != origin("https://api.example.com")
    auth = CallAuth(origin("https://api.example.com"), headers={"X-Key": "k"})
    assert "k" not in repr(auth)


def test_missing_and_unsupported(serve: Serve, no_credentials: Path) -> None:
    server = serve(lambda seen: Reply(200, {}))
    with Schemes(base_url=server.url) as client:
        with pytest.raises(rt.MissingCredentials) as caught:
            client.request("GET", "/")
        assert str(caught.value).startswith("no credential found for security scheme 'header'")
        with pytest.raises(rt.MissingCredentials, match="'mtls' is not supported"):
            client.request("GET", "/", security=(("mtls",),))
        with pytest.raises(rt.MissingCredentials, match="'nope' is not declared"):
            client.request("GET", "/", security=(("nope",),))
        client.request("GET", "/open", security=())
    assert [s.path for s in server.seen] == ["/open"]


def test_unknown_credential_argument() -> None:
    with pytest.raises(TypeError, match="takes no api_key credential"):
        Schemes(base_url="http://127.0.0.1:9", credentials={"api_key": "x"})


def test_netrc_only_when_the_scheme_says_so(serve: Serve, no_credentials: Path) -> None:
    no_credentials.write_text("machine 127.0.0.1 login alice password wonder\n")
    server = serve(lambda seen: Reply(200, {}))
    with Schemes(base_url=server.url) as client:
        client.request("GET", "/", security=(("basic",),))
        with pytest.raises(rt.MissingCredentials):  # bearer: netrc not turned on
            client.request("GET", "/", security=(("bearer",),))
    expected = base64.b64encode(b"alice:wonder").decode()
    assert server.seen[0].headers["Authorization"] == f"Basic {expected}"
    assert len(server.seen) == 1


def test_unsendable_key_refused_unseen(no_credentials: Path) -> None:
    with Schemes(base_url="http://127.0.0.1:9", credentials={"header_key": "a\nb"}) as client:
        with pytest.raises(rt.InvalidCredentials) as caught:
            client.request("GET", "/")
    assert "a\nb" not in str(caught.value) and "header_key=" in str(caught.value)


class OAuth(rt.BaseClient):
    SECURITY_SCHEMES = {
        "oauth": rt.SecurityScheme(
            "oauth",
            "oauth2",
            argument="client_id",
            token_url="/token",
            secret_argument="client_secret",
            secret_env="OAUTH_SECRET",
        )
    }
    SECURITY = (("oauth",),)
    MAX_TOKEN_REPLY_BYTES = 1000


@pytest.mark.parametrize(
    "reply, error, words",
    [
        (Reply(200, {"token_type": "Bearer"}), rt.InvalidCredentials, "without an access_token"),
        (Reply(200, b"<html>"), rt.InvalidCredentials, "HTTP 200"),
        (Reply(400, {"error": "invalid_scope"}), rt.InvalidCredentials, "(invalid_scope)"),
        (Reply(200, {"access_token": "x" * 5000}), rt.ResponseTooLarge, "max_response_bytes"),
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
    credentials = {"client_id": "id-1", "client_secret": "secret-2"}
    with OAuth(base_url=server.url, credentials=credentials, retries=0) as client:
        with pytest.raises(error) as caught:
            client.request("GET", "/data")
    assert words in str(caught.value)
    assert "secret-2" not in str(caught.value) + caplog.text + repr(client)
    (token_request,) = server.seen  # the API itself was never called
    assert token_request.path == "/token" and token_request.method == "POST"
    assert token_request.body == b"grant_type=client_credentials"


def test_an_operations_own_server_gets_its_credentials(serve: Serve, no_credentials: Path) -> None:
    """The document declares the operation's server, so its credentials go there
    (and to nowhere the server redirects to)."""
    api = serve(lambda seen: Reply(200, {}))
    uploads = serve(lambda seen: Reply(200, {}))
    own = rt.servers([{"url": uploads.url + "/v2"}])

    class Declared(Schemes):  # its base URL from the document, not overridden by base_url=
        DEFAULT_BASE_URL = api.url

    with Declared(credentials=ALL) as client:
        client.request("GET", "/file", servers=own)
    (seen,) = uploads.seen
    assert seen.path == "/v2/file?key=qk-2" and seen.headers["X-Key"] == "hk-1"
    assert api.seen == []


KEYED = {
    "keyed": rt.SecurityScheme(
        "keyed", "apiKey", argument="key", location="header", parameter="X-Key", env="KEYED_KEY"
    ),
    "bearer": rt.SecurityScheme("bearer", "bearer", argument="token", env="KEYED_TOKEN"),
}


def test_a_later_alternative_gives_way_once_the_first_ones_credentials_are_set(
    serve: Serve, no_credentials: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a call sends is kept for the next calls only when nothing can
    change it: not while an earlier alternative may still find its value."""

    class Either(rt.BaseClient):
        SECURITY_SCHEMES = KEYED
        SECURITY = (("keyed",), ("bearer",))

    server = serve(lambda seen: Reply(200, {}))
    with Either(base_url=server.url, credentials={"token": "tk"}) as client:
        client.request("GET", "/a")
        monkeypatch.setenv("KEYED_KEY", "key-1")
        client.request("GET", "/b")
        client.request("GET", "/c")
    sent = [(s.headers.get("X-Key"), s.headers.get("Authorization")) for s in server.seen]
    assert sent == [(None, "Bearer tk"), ("key-1", None), ("key-1", None)]


def test_a_provided_token_replaces_the_one_calls_were_sending(
    no_credentials: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KEYED_TOKEN", "from-env")
    auth = Authenticator(KEYED, {}, "https://api.test", None)
    headers: dict[str, str] = {}
    auth.for_call((("bearer",),)).apply("https://api.test/x", headers)
    assert headers == {"Authorization": "Bearer from-env"}
    auth.provide("token", "provided")
    auth.for_call((("bearer",),)).apply("https://api.test/x", headers)
    assert headers == {"Authorization": "Bearer provided"}
