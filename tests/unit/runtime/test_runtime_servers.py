"""Choosing the base URL (runtime source ``_servers`` and ``BaseClient``): the
order base_url= > server=/variables > environment > server 0's defaults,
variables checked against their enum, relative URLs, operations with servers
of their own, and credentials staying on the resolved host."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from runtime_server import Reply, Seen, Server

import _runtime as rt

Serve = Callable[[Callable[[Seen], Reply]], Server]

REGIONAL = rt.servers(
    [
        {
            "url": "{scheme}://{region}.example.test/{basePath}",
            "description": "Production",
            "variables": {
                "scheme": {"default": "https", "enum": ["https", "http"]},
                "region": {"default": "eu", "enum": ["eu", "us"]},
                "basePath": {"default": "v2"},
            },
        },
        {
            "url": "http://sandbox.example.test/{basePath}",
            "variables": {"basePath": {"default": "sb"}},
        },
    ]
)


class Regional(rt.BaseClient):
    SERVERS = REGIONAL
    DEFAULT_BASE_URL = "https://eu.example.test/v2"
    BASE_URL_ENV = "REGIONAL_BASE_URL"


@pytest.fixture(autouse=True)
def no_base_url_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REGIONAL_BASE_URL", raising=False)


def test_server_zero_with_its_defaults() -> None:
    assert Regional().base_url == "https://eu.example.test/v2"


def test_variables_and_server_index() -> None:
    assert Regional(server_variables={"region": "us"}).base_url == "https://us.example.test/v2"
    assert Regional(server=1).base_url == "http://sandbox.example.test/sb"
    assert (
        Regional(server=1, server_variables={"basePath": "beta"}).base_url
        == "http://sandbox.example.test/beta"
    )


def test_none_means_the_default() -> None:
    assert Regional(server_variables={"region": None}).base_url == "https://eu.example.test/v2"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"server_variables": {"region": "mars"}}, "'mars' is not one of eu, us"),
        ({"server": 2}, "choose 0 to 1"),
        ({"server": 1, "server_variables": {"region": "us"}}, "has no variable 'region'"),
        ({"server_variables": {"basePath": "v2 x"}}, "no spaces"),
    ],
)
def test_bad_choices_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Regional(**kwargs)  # type: ignore[arg-type]


def test_order_base_url_then_explicit_choice_then_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("REGIONAL_BASE_URL", "http://127.0.0.1:9/mock/")
    assert Regional().base_url == "http://127.0.0.1:9/mock"
    assert Regional(server=1).base_url == "http://sandbox.example.test/sb"
    assert Regional(server_variables={"region": "us"}).base_url == "https://us.example.test/v2"
    assert Regional(base_url="http://localhost:1/x", server=1).base_url == "http://localhost:1/x"
    monkeypatch.setenv("REGIONAL_BASE_URL", "  ")  # empty: not set
    assert Regional().base_url == "https://eu.example.test/v2"


def test_no_servers_falls_back_to_default_base_url() -> None:
    class Plain(rt.BaseClient):
        DEFAULT_BASE_URL = "https://plain.example.test/"

    assert Plain().base_url == "https://plain.example.test"
    with pytest.raises(ValueError, match="lists no servers"):
        Plain(server=1)


def test_relative_url_resolves_against_document_url() -> None:
    class Relative(rt.BaseClient):
        SERVERS = rt.servers([{"url": "/api/v3"}])
        DEFAULT_BASE_URL = "https://docs.example.test/api/v3"
        DOCUMENT_URL = "https://docs.example.test/spec/openapi.json"

    assert Relative().base_url == "https://docs.example.test/api/v3"


def test_relative_url_without_document_url_says_what_to_pass(serve: Serve) -> None:
    class Relative(rt.BaseClient):
        SERVERS = rt.servers([{"url": "/api/v3"}])
        DEFAULT_BASE_URL = "/api/v3"
        BASE_URL_ENV = "RELATIVE_BASE_URL"

    client = Relative("t", retries=0)  # constructing never fails
    with pytest.raises(
        rt.ClientError, match=r"pass base_url='https://<host>/api/v3' or set \$RELATIVE_BASE_URL"
    ):
        client.request("GET", "/pets")
    server = serve(lambda seen: Reply(200, []))
    with Relative("t", base_url=server.url + "/api/v3", retries=0) as ok:
        ok.request("GET", "/pets")
    assert server.seen[-1].path == "/api/v3/pets"


def _port(server: Server) -> int:
    return int(server.url.rsplit(":", 1)[1])


def _loopback(port: int, path: str) -> tuple[rt.Server, ...]:
    return rt.servers(
        [
            {
                "url": "http://127.0.0.1:{port}/" + path,
                "variables": {"port": {"default": str(port)}, "basePath": {"default": "x"}},
            }
        ]
    )


def test_operation_servers_are_used_and_share_the_clients_variables(serve: Serve) -> None:
    main = serve(lambda seen: Reply(200, {}))
    other = serve(lambda seen: Reply(200, {}))

    class TwoHosts(rt.BaseClient):
        SERVERS = _loopback(_port(main), "{basePath}")

    own = _loopback(0, "files/{basePath}")  # the port comes from the client's value
    with TwoHosts("t", retries=0, server_variables={"port": str(_port(other))}) as client:
        client.request("GET", "/list", servers=own)
        client.request("GET", "/items")
    assert [s.path for s in other.seen] == ["/files/x/list", "/x/items"]
    with TwoHosts("t", retries=0) as client:
        client.request("GET", "/items")
        client.request("GET", "/list", servers=_loopback(_port(other), "files"))
    assert main.seen[-1].path == "/x/items"
    assert other.seen[-1].path == "/files/list"


def test_an_overridden_base_url_takes_every_call(serve: Serve) -> None:
    server = serve(lambda seen: Reply(200, {}))
    with Regional("t", base_url=server.url + "/mock", retries=0) as client:
        client.request("GET", "/list", servers=_loopback(1, "files"))
    assert server.seen[-1].path == "/mock/list"


def test_credentials_and_netrc_follow_the_resolved_host(serve: Serve, no_credentials: Path) -> None:
    """The netrc entry looked up is the one of the expanded host, not of the
    URL template, and the token goes there."""
    server = serve(lambda seen: Reply(200, {}))
    netrc = no_credentials
    netrc.write_text(
        "machine {host}.example.test login x password template\n"
        "machine 127.0.0.1 login x password resolved\n"
    )
    netrc.chmod(0o600)

    class Netrc(rt.BaseClient):
        USE_NETRC = True
        SERVERS = rt.servers(
            [
                {
                    "url": "http://{host}:" + str(_port(server)),
                    "variables": {"host": {"default": "127.0.0.1"}},
                }
            ]
        )

    with Netrc(retries=0) as client:
        client.request("GET", "/me")
    assert server.seen[-1].headers["Authorization"] == "Bearer resolved"
