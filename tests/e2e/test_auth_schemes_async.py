"""The auth suite (``test_auth_schemes.py``) run against ``AsyncClient``: the
same fixtures (tests/fixtures/auth/), the same strict server
(tests/auth_server.py), the same test bodies, with every ``Client(...)`` they
build being the package's ``AsyncClient`` driven by ``async_driver.Driven``.
That covers API keys in header, query and cookie, HTTP Basic, the OAuth2
token endpoint (expiry, one refresh on a 401, a refused secret) and every
requirement shape.  Concurrency is asyncio's here: 100 concurrent calls
through one ``AsyncClient`` share one token fetch (the threads test does not
apply to an event loop)."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import sys
from types import ModuleType
from typing import Any, Iterator

import pytest
import test_auth_schemes as sync_suite
from async_driver import Driven
from auth_server import CLIENT_ID, CLIENT_SECRET, HEADER_KEY, AuthServer

from generator import pipeline

NOT_FOR_ASYNC = {
    "test_oauth2_ten_threads_one_fetch": "threads; see test_oauth2_100_concurrent_calls_one_fetch",
    "test_generated_signature_and_docs": "Client's docstring; test_async_drift compares the "
    "constructors (credential arguments included)",
}


class AsyncFace:
    """A package's ``AsyncClient`` where the suite expects its ``Client``:
    calling it builds a driven ``AsyncClient``; class attributes, the
    signature and ``_runtime`` are the async client's own."""

    def __init__(self, package: ModuleType) -> None:
        self._package = package
        self.Client = _Constructor(package.AsyncClient)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._package, name)


class _Constructor:
    def __init__(self, client_class: Any) -> None:
        self._class = client_class
        self.__signature__ = inspect.signature(client_class)

    def __call__(self, *args: Any, **kwargs: Any) -> Driven:
        return Driven(self._class, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._class, name)


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, AsyncFace]]:
    """The sync suite's packages (generated the same way), each seen through
    its ``AsyncClient``."""
    out = tmp_path_factory.mktemp("auth_async_clients")
    for fixture, package in sync_suite.PACKAGES.items():
        result = pipeline.generate(
            sync_suite.FIXTURES / f"{fixture}.yaml", ["python"], config={"package": package}
        )
        for rel, text in result.files.items():
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(text, encoding="utf-8")
    sys.path.insert(0, str(out))
    try:
        imported = {name: importlib.import_module(name) for name in sync_suite.PACKAGES.values()}
        yield {name: AsyncFace(package) for name, package in imported.items()}
    finally:
        sys.path.remove(str(out))
        for name in list(sys.modules):
            if name.split(".")[0] in sync_suite.PACKAGES.values():
                del sys.modules[name]


server = sync_suite.server
no_ambient_credentials = sync_suite.no_ambient_credentials

for _name in dir(sync_suite):
    if _name.startswith("test_") and _name not in NOT_FOR_ASYNC:
        globals()[_name] = getattr(sync_suite, _name)


def test_the_suite_runs_against_async_client(packages: dict[str, Any], server: AuthServer) -> None:
    client = packages["mixed"].Client(header_key=HEADER_KEY, base_url=server.url)
    assert type(client._client).__name__ == "AsyncClient"
    assert client.mixed.get_default()["ok"]


def test_oauth2_100_concurrent_calls_one_fetch(
    packages: dict[str, Any], server: AuthServer
) -> None:
    """100 calls gathered on one event loop, none with a token yet, the token
    endpoint slow: one fetch, every call sent with its token and answered."""
    server.token_delay = 0.3
    # A lifetime far beyond the test: under load the 100 calls can outlast the default
    # 2 s token (refreshed after 1.5 s), and that second fetch would be correct.
    server.expires_in = 3600
    reports = packages["reports"]._package

    async def main() -> list[Any]:
        async with reports.AsyncClient(
            client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=server.url, retries=0
        ) as client:
            return await asyncio.gather(*(client.reports.list() for _ in range(100)))

    results = asyncio.run(main())
    assert len(results) == 100 and all(r["ok"] for r in results)
    assert server.token_fetches == 1
    assert [r.status for r in server.requests] == [200] * 100


def test_oauth2_concurrent_401s_refresh_once(packages: dict[str, Any], server: AuthServer) -> None:
    """The API revokes the token while 20 calls are under way: each is refused
    once and sent again, and the new token is fetched once for all of them."""
    reports = packages["reports"]._package

    async def main() -> list[Any]:
        async with reports.AsyncClient(
            client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=server.url, retries=0
        ) as client:
            assert (await client.reports.list())["ok"]
            server.revoke_tokens()
            server.token_delay = 0.3
            return await asyncio.gather(*(client.reports.list() for _ in range(20)))

    results = asyncio.run(main())
    assert len(results) == 20 and all(r["ok"] for r in results)
    assert server.token_fetches == 2
    statuses = [r.status for r in server.requests]
    assert statuses.count(401) == 20 and statuses.count(200) == 21
