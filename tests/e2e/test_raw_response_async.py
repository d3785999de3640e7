"""The raw-response suite (``test_raw_response.py``) run against ``AsyncClient``: the same tests, the same loopback servers, every
client an ``AsyncClient`` driven by ``async_driver`` (``with_raw_response``
awaited, ``parse()`` awaited).  Written natively below: what only the async
client has (``await raw.parse()``, its repr, a lazy listing's first page)."""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any

import pytest
import test_raw_response as raw_suite
from async_driver import AsyncFace, mirror
from responses_helpers import Handler, Loopback, loopback
from test_raw_response import out, server  # noqa: F401  (the suite's fixtures)

import heroku_platform_api

NOT_FOR_ASYNC = {
    "test_mypy_knows_the_result_types": "the sync usage script; see test_async_responses_typing",
    "test_json_operation": "asserts the sync repr; see test_async_json_operation",
}


@pytest.fixture(scope="module")
def pkg(out: Any) -> AsyncFace:  # noqa: F811
    return AsyncFace(raw_suite.generate("errors_streams", out))


@pytest.fixture(autouse=True)
def _heroku_client_is_async(monkeypatch: pytest.MonkeyPatch) -> None:
    """``heroku.Client(...)`` in the Range-paged tests builds a driven AsyncClient."""
    monkeypatch.setattr(heroku_platform_api, "Client", AsyncFace(heroku_platform_api).Client)


mirror(globals(), raw_suite, NOT_FOR_ASYNC)


def test_async_json_operation(pkg: AsyncFace, server: Loopback) -> None:  # noqa: F811
    package: ModuleType = pkg._package

    async def main() -> None:
        async with package.AsyncClient(base_url=server.url) as client:
            raw = await client.with_raw_response.items.get("ok")
            assert raw.status_code == 200 and raw.headers["x-trace"] == "t-1"
            assert raw.json() == {"id": "ok", "name": "fine"} and raw.text.startswith('{"id"')
            assert isinstance(raw, package.AsyncRawResponse)
            assert repr(raw) == "<AsyncRawResponse [200]>"
            item = await raw.parse()
            assert item == package.models.Item(id="ok", name="fine")
            assert await raw.parse() is item  # decoded once

    asyncio.run(main())


def test_raw_responses_of_concurrent_calls_stay_apart(
    pkg: AsyncFace, server: Loopback  # noqa: F811
) -> None:
    """Each task has its own capture: gathered raw calls get their own response."""
    package: ModuleType = pkg._package

    async def main() -> list[Any]:
        async with package.AsyncClient(base_url=server.url) as client:
            calls = [client.with_raw_response.items.get("ok") for _ in range(10)]
            calls += [client.with_raw_response.files.download("a.bin") for _ in range(10)]
            return list(await asyncio.gather(*calls))

    raws = asyncio.run(main())
    assert [r.headers["Content-Type"] for r in raws] == ["application/json"] * 10 + [
        "application/octet-stream"
    ] * 10
    assert all(r.content == bytes(range(256)) for r in raws[10:])


def test_a_listing_is_not_streamed(pkg: AsyncFace) -> None:
    """As with ``Client``: a lazy listing sends nothing, so it cannot be streamed."""

    def apps(handler: Handler) -> None:
        handler.reply(200, b"[]")

    async def main(url: str) -> None:
        async with heroku_platform_api.AsyncClient("t", base_url=url) as client:
            with pytest.raises(TypeError, match="cannot be streamed"):
                async with client.with_streaming_response.apps.list():
                    pass

    with loopback({("GET", "/apps"): apps}) as running:
        asyncio.run(main(running.url))
        assert running.seen == []
