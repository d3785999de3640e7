"""Auth from securitySchemes, end to end: each fixture of tests/fixtures/auth/ is
generated, imported and called against a local server (tests/auth_server.py)
that accepts exactly the credentials an operation's requirement names and
refuses anything else with 401.

Petstore's ``api_key`` header, a public API with no security, HTTP Basic, OAuth2
client credentials (a real token endpoint issuing tokens that expire in 2 s:
refresh before expiry, one refresh on a 401, one fetch for 10 threads) and a
document with every requirement shape (global default, ``security: []``, OR,
AND, optional, API keys in header, query and cookie)."""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import time
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

import pytest
from auth_server import (
    BASIC,
    BEARER,
    CLIENT_ID,
    CLIENT_SECRET,
    COOKIE_KEY,
    HEADER_KEY,
    PETSTORE_KEY,
    QUERY_KEY,
    AuthServer,
)
from helpers import ROOT

from generator import pipeline

FIXTURES = ROOT / "tests" / "fixtures" / "auth"
PACKAGES = {
    "petstore_api_key": "petstore",
    "public_no_security": "public",
    "basic_auth": "basic",
    "oauth2_client_credentials": "reports",
    "mixed_security": "mixed",
}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    out = tmp_path_factory.mktemp("auth_clients")
    for fixture, package in PACKAGES.items():
        result = pipeline.generate(
            FIXTURES / f"{fixture}.yaml", ["python"], config={"package": package}
        )
        for rel, text in result.files.items():
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(text, encoding="utf-8")
    sys.path.insert(0, str(out))
    try:
        yield {name: importlib.import_module(name) for name in PACKAGES.values()}
    finally:
        sys.path.remove(str(out))
        for name in list(sys.modules):
            if name.split(".")[0] in PACKAGES.values():
                del sys.modules[name]


@pytest.fixture(autouse=True)
def no_ambient_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No environment variable or netrc of the machine can supply a credential."""
    for name in ("PETSTORE_API_KEY", "BASIC_BASIC_AUTH", "REPORTS_CLIENT_ID"):
        monkeypatch.delenv(name, raising=False)
    for name in ("REPORTS_CLIENT_SECRET", "MIXED_HEADER_KEY", "MIXED_QUERY_KEY"):
        monkeypatch.delenv(name, raising=False)
    for name in ("MIXED_COOKIE_KEY", "MIXED_TOKEN", "PUBLIC_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NETRC", str(tmp_path / "netrc"))


@pytest.fixture
def server() -> Iterator[AuthServer]:
    started = AuthServer(
        rules={
            "/pets": [frozenset({"petstore_key"})],
            "/pets/7": [frozenset({"petstore_key"})],
            "/items": [frozenset()],
            "/me": [frozenset({"basic"})],
            "/reports": [frozenset({"oauth"})],
            "/default": [frozenset({"header_key"})],
            "/public": [frozenset()],
            "/either": [frozenset({"bearer"}), frozenset({"query_key"})],
            "/both": [frozenset({"header_key", "cookie_key"})],
            "/query": [frozenset({"query_key"})],
            "/optional": [frozenset({"bearer"}), frozenset()],
        }
    )
    yield started
    started.close()


def statuses(server: AuthServer) -> list[int]:
    return [r.status for r in server.requests]


# ---------------------------------------------------------------- Petstore api_key


def test_petstore_api_key_header(packages: dict[str, Any], server: AuthServer) -> None:
    client = packages["petstore"].Client(api_key=PETSTORE_KEY, base_url=server.url)
    assert client.pets.list() == {"path": "/pets", "ok": True}
    assert client.pets.get_by_id(7)["ok"] is True
    assert server.requests[0].headers["api_key"] == PETSTORE_KEY
    assert "Authorization" not in server.requests[0].headers
    assert PETSTORE_KEY not in repr(client) and "api_key=<set>" in repr(client)


def test_petstore_key_from_its_environment_variable(
    packages: dict[str, Any], server: AuthServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETSTORE_API_KEY", PETSTORE_KEY)
    assert packages["petstore"].Client(base_url=server.url).pets.list()["ok"] is True


def test_petstore_missing_key_names_scheme_argument_and_variable(
    packages: dict[str, Any], server: AuthServer
) -> None:
    rt = packages["petstore"]._runtime
    with pytest.raises(rt.MissingCredentials) as caught:
        packages["petstore"].Client(base_url=server.url).pets.list()
    message = str(caught.value)
    assert "'api_key'" in message and "api_key= argument" in message
    assert "$PETSTORE_API_KEY" in message
    assert server.requests == [], "nothing is sent without the credential"


def test_petstore_wrong_key_is_refused_without_showing_it(
    packages: dict[str, Any], server: AuthServer
) -> None:
    rt = packages["petstore"]._runtime
    with pytest.raises(rt.Unauthorized) as caught:
        packages["petstore"].Client(api_key="wrong-key-5e", base_url=server.url).pets.list()
    assert "wrong-key-5e" not in str(caught.value)


# ---------------------------------------------------------------- no security


def test_public_api_needs_and_sends_nothing(packages: dict[str, Any], server: AuthServer) -> None:
    client = packages["public"].Client(base_url=server.url)
    assert client.items.list()["ok"] is True
    seen = server.requests[0]
    assert seen.presented == {} and "Authorization" not in seen.headers
    assert packages["public"].Client.SECURITY_SCHEMES == {}
    with pytest.raises(TypeError):  # no credential argument to hand a secret to
        packages["public"].Client(token="x", base_url=server.url)


# ---------------------------------------------------------------- HTTP Basic


def test_basic_auth_argument_and_environment(
    packages: dict[str, Any], server: AuthServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert packages["basic"].Client(basic_auth=BASIC, base_url=server.url).account.get_me()["ok"]
    monkeypatch.setenv("BASIC_BASIC_AUTH", ":".join(BASIC))
    assert packages["basic"].Client(base_url=server.url).account.get_me()["ok"]
    with pytest.raises(packages["basic"]._runtime.Unauthorized):
        packages["basic"].Client(basic_auth=("alice", "nope"), base_url=server.url).account.get_me()
    assert statuses(server) == [200, 200, 401]


# ---------------------------------------------------------------- OAuth2 client credentials


def reports_client(packages: dict[str, Any], server: AuthServer, **kw: Any) -> Any:
    kw.setdefault("client_id", CLIENT_ID)
    kw.setdefault("client_secret", CLIENT_SECRET)
    return packages["reports"].Client(base_url=server.url, retries=0, **kw)


def test_oauth2_token_fetched_once_and_reused(packages: dict[str, Any], server: AuthServer) -> None:
    client = reports_client(packages, server)
    for _ in range(3):
        assert client.reports.list()["ok"] is True
    assert server.token_fetches == 1 and server.scopes == ["reports:read"]
    assert server.requests[0].headers["Authorization"] == "Bearer tok-1"


def test_oauth2_token_refreshed_before_it_expires(
    packages: dict[str, Any], server: AuthServer
) -> None:
    """The token lives 2 s; the client fetches a new one once 3/4 of that has
    passed, so no call is ever sent with an expired token (no 401 at all)."""
    client = reports_client(packages, server)
    assert client.reports.list()["ok"] is True
    time.sleep(1.7)
    assert client.reports.list()["ok"] is True
    assert server.token_fetches == 2 and statuses(server) == [200, 200]
    assert server.requests[1].headers["Authorization"] == "Bearer tok-2"


def test_oauth2_refreshed_once_on_401(packages: dict[str, Any], server: AuthServer) -> None:
    client = reports_client(packages, server)
    assert client.reports.list()["ok"] is True
    server.revoke_tokens()  # the API forgets the token before it expires
    assert client.reports.list()["ok"] is True
    assert server.token_fetches == 2 and statuses(server) == [200, 401, 200]
    # An API that refuses every token: one new token, one retry, then the error.
    server.rules["/reports"] = []
    with pytest.raises(packages["reports"]._runtime.Unauthorized):
        client.reports.list()
    assert server.token_fetches == 3 and statuses(server)[3:] == [401, 401]


def test_oauth2_ten_threads_one_fetch(packages: dict[str, Any], server: AuthServer) -> None:
    server.token_delay = 0.3  # the endpoint is slow, so every thread asks meanwhile
    server.expires_in = 3600  # no refresh due within the test, however loaded the machine
    client = reports_client(packages, server)
    barrier = threading.Barrier(10)
    results: list[Any] = []

    def call() -> None:
        barrier.wait()
        results.append(client.reports.list())

    threads = [threading.Thread(target=call) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(results) == 10 and all(r["ok"] for r in results)
    assert server.token_fetches == 1


def test_oauth2_refused_client_secret(
    packages: dict[str, Any], server: AuthServer, caplog: pytest.LogCaptureFixture
) -> None:
    rt = packages["reports"]._runtime
    caplog.set_level(logging.DEBUG)
    with pytest.raises(rt.InvalidCredentials) as caught:
        reports_client(packages, server, client_secret="wrong-secret-9").reports.list()
    assert "invalid_client" in str(caught.value) and "401" in str(caught.value)
    assert "wrong-secret-9" not in str(caught.value) + caplog.text
    assert server.requests == []
    with pytest.raises(rt.MissingCredentials, match=r"REPORTS_CLIENT_SECRET"):
        reports_client(packages, server, client_secret=None).reports.list()


# ---------------------------------------------------------------- requirement shapes


def mixed(packages: dict[str, Any], server: AuthServer, **kw: Any) -> Any:
    return packages["mixed"].Client(base_url=server.url, **kw).mixed


def test_global_default_and_security_empty(packages: dict[str, Any], server: AuthServer) -> None:
    everything = dict(token=BEARER, header_key=HEADER_KEY, query_key=QUERY_KEY)
    api = mixed(packages, server, cookie_key=COOKIE_KEY, **everything)
    assert api.get_default()["ok"] and api.get_public()["ok"]
    assert server.requests[1].presented == {}, "security: [] sends nothing"
    assert statuses(server) == [200, 200]
    assert mixed(packages, server).get_public()["ok"], "and needs nothing"


def test_alternatives_pick_the_first_available(
    packages: dict[str, Any], server: AuthServer
) -> None:
    assert mixed(packages, server, token=BEARER, query_key=QUERY_KEY).get_either()["ok"]
    assert mixed(packages, server, query_key=QUERY_KEY).get_either()["ok"]
    assert [set(r.presented) for r in server.requests] == [{"bearer"}, {"query_key"}]
    rt = packages["mixed"]._runtime
    with pytest.raises(rt.MissingCredentials) as caught:
        mixed(packages, server, header_key=HEADER_KEY).get_either()
    assert "'bearerAuth'" in str(caught.value) and "$MIXED_TOKEN" in str(caught.value)


def test_combination_needs_every_scheme(packages: dict[str, Any], server: AuthServer) -> None:
    assert mixed(packages, server, header_key=HEADER_KEY, cookie_key=COOKIE_KEY).get_both()["ok"]
    rt = packages["mixed"]._runtime
    with pytest.raises(rt.MissingCredentials, match="'cookieKey'.*cookie_key= argument"):
        mixed(packages, server, header_key=HEADER_KEY).get_both()
    assert statuses(server) == [200]


def test_query_key_never_shown(
    packages: dict[str, Any], server: AuthServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert mixed(packages, server, query_key=QUERY_KEY).get_query()["ok"]
    with pytest.raises(packages["mixed"]._runtime.Unauthorized) as caught:
        mixed(packages, server, query_key="bad-query-key-3").get_query()
    assert "bad-query-key-3" not in str(caught.value) + caplog.text
    assert QUERY_KEY not in caplog.text


def test_optional_credentials(packages: dict[str, Any], server: AuthServer) -> None:
    assert mixed(packages, server).get_optional()["ok"]
    assert mixed(packages, server, token=BEARER).get_optional()["ok"]
    assert [set(r.presented) for r in server.requests] == [set(), {"bearer"}]


def test_credentials_from_the_environment(
    packages: dict[str, Any], server: AuthServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIXED_HEADER_KEY", HEADER_KEY)
    monkeypatch.setenv("MIXED_COOKIE_KEY", COOKIE_KEY)
    assert mixed(packages, server).get_both()["ok"]


def test_generated_signature_and_docs(packages: dict[str, Any]) -> None:
    import inspect

    params = inspect.signature(packages["mixed"].Client).parameters
    assert list(params)[:5] == ["token", "header_key", "query_key", "cookie_key", "base_url"]
    assert params["token"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert params["header_key"].kind is inspect.Parameter.KEYWORD_ONLY
    doc = packages["reports"].Client.__doc__
    assert "``client_id=``, then ``$REPORTS_CLIENT_ID``" in doc
    basic = inspect.signature(packages["basic"].Client).parameters["basic_auth"]
    assert basic.annotation == "Optional[tuple[str, str]]"
