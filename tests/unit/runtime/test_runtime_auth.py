"""Credential resolution of the runtime source: the token= argument, then the
configured environment variable, then netrc only when the client turns it on;
checked once, never shown; sent with the configured auth scheme."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import _runtime as rt
import pytest
from _runtime._auth import Credentials, checked_token
from runtime_server import Reply, Seen, Server

Serve = Callable[[Callable[[Seen], Reply]], Server]


def test_order_argument_env_netrc(no_credentials: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_credentials.write_text("machine api.example.com login x password from-netrc\n")
    monkeypatch.setenv("MY_TOKEN", " from-env\n")
    assert Credentials("from-arg", "MY_TOKEN", True, "api.example.com").token() == "from-arg"
    assert Credentials(None, "MY_TOKEN", True, "api.example.com").token() == "from-env"
    monkeypatch.delenv("MY_TOKEN")
    assert Credentials(None, "MY_TOKEN", True, "api.example.com").token() == "from-netrc"
    assert Credentials("  ", "", True, "api.example.com").token() == "from-netrc"


def test_netrc_only_when_configured(no_credentials: Path) -> None:
    no_credentials.write_text("machine api.example.com login x password from-netrc\n")
    with pytest.raises(rt.MissingCredentials) as caught:
        Credentials(None, "", False, "api.example.com").token()
    assert str(caught.value) == "no API token found; looked in the token= argument"
    with pytest.raises(rt.MissingCredentials) as caught:
        Credentials(None, "NOPE_TOKEN", True, "other.example.com").token()
    assert "$NOPE_TOKEN" in str(caught.value)
    assert f"{no_credentials} (no entry for other.example.com)" in str(caught.value)


def test_unsendable_token_is_refused_without_showing_it() -> None:
    with pytest.raises(rt.InvalidCredentials) as caught:
        checked_token("sec\nret", "$X")
    assert "sec" not in str(caught.value) and "$X" in str(caught.value)
    assert checked_token("\tabc \n", "here") == "abc"


def test_resolved_once(monkeypatch: pytest.MonkeyPatch, no_credentials: Path) -> None:
    monkeypatch.setenv("ONCE_TOKEN", "first")
    credentials = Credentials(None, "ONCE_TOKEN", False, "h")
    assert not credentials.known
    assert credentials.token() == "first"
    monkeypatch.setenv("ONCE_TOKEN", "second")
    assert credentials.token() == "first" and credentials.known
    assert "first" not in repr(credentials)


def test_client_sends_configured_scheme(
    serve: Serve, no_credentials: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = serve(lambda seen: Reply(200, {}))

    class TokenScheme(rt.BaseClient):
        TOKEN_ENV = "SCHEME_TOKEN"
        AUTH_SCHEME = "Token"

    class Bare(rt.BaseClient):
        AUTH_SCHEME = ""

    monkeypatch.setenv("SCHEME_TOKEN", "s3cret")
    with TokenScheme(base_url=server.url) as client:
        assert "s3cret" not in repr(client) and "not resolved" in repr(client)
        client.request("GET", "/a")
        assert "s3cret" not in repr(client) and "set" in repr(client)
    with Bare("plain", base_url=server.url) as client:
        client.request("GET", "/b")
    with rt.BaseClient("b", base_url=server.url) as client:
        client.request("GET", "/c")
    assert [s.headers["Authorization"] for s in server.seen] == [
        "Token s3cret",
        "plain",
        "Bearer b",
    ]


def test_neutral_client_ignores_netrc(serve: Serve, no_credentials: Path) -> None:
    """Without USE_NETRC a netrc entry for the host is never read or sent."""
    no_credentials.write_text("machine 127.0.0.1 login x password from-netrc\n")
    server = serve(lambda seen: Reply(200, {}))
    with rt.BaseClient(base_url=server.url) as client:
        with pytest.raises(rt.MissingCredentials):
            client.request("GET", "/")
    assert server.seen == []

    class WithNetrc(rt.BaseClient):
        USE_NETRC = True

    with WithNetrc(base_url=server.url) as client:
        client.request("GET", "/")
    assert server.seen[0].headers["Authorization"] == "Bearer from-netrc"
    assert os.environ["NETRC"] == str(no_credentials)
