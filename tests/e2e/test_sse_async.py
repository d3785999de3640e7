"""The server-sent events suite (``test_sse.py``: typed events, events as they
are sent, hanging up, ``reconnecting()`` with ``Last-Event-ID``, a 204 ending
it, an error status raised before streaming) run against ``AsyncClient``: the
same tests and loopback servers, every client an ``AsyncClient`` driven by
``async_driver`` (each event one ``__anext__`` of the ``AsyncEventStream``).
Written natively below: ``async for`` and ``async with`` as asyncio code
writes them, and the event data bounded by ``max_response_bytes``."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import ModuleType

import pytest
import test_sse as sync_suite
from async_driver import AsyncFace, mirror
from responses_helpers import Handler, loopback
from test_sse import TICKS, out, send, start_stream  # noqa: F401  (the suite's fixtures)

NOT_FOR_ASYNC = {
    # test_async_drift pins the async one: _rt.AsyncEventStream[...] for _rt.EventStream[...]
    "test_item_schema_of_openapi_32": "reads the sync method's annotation",
}


@pytest.fixture(scope="module")
def pkg(out: Path) -> AsyncFace:  # noqa: F811
    return AsyncFace(sync_suite.generate("errors_streams", out))


@pytest.fixture(scope="module")
def pkg32(out: Path) -> AsyncFace:  # noqa: F811
    return AsyncFace(sync_suite.generate("sse_item_schema", out))


mirror(globals(), sync_suite, NOT_FOR_ASYNC)


def test_async_for_and_async_with(pkg: AsyncFace) -> None:
    package: ModuleType = pkg._package

    async def main(url: str) -> list[int]:
        async with package.AsyncClient(base_url=url) as client:
            ticks = await client.events.stream_ticks()
            assert isinstance(ticks, package.AsyncEventStream)
            async with ticks:
                seen = [event.data.n async for event in ticks]
            assert ticks.response.is_closed
            return seen

    with loopback({("GET", "/ticks"): lambda h: (start_stream(h), send(h, TICKS))}) as server:
        assert asyncio.run(main(server.url)) == [1, 2]


def test_item_schema_of_openapi_32_async(pkg32: AsyncFace) -> None:
    prices = 'event: price\ndata: {"symbol": "ACME", "price": 12.5}\n\n'

    async def main(url: str) -> list[object]:
        async with pkg32._package.AsyncClient(base_url=url) as client:
            return [event.data async for event in await client.default.stream_prices()]

    with loopback({("GET", "/prices"): lambda h: (start_stream(h), send(h, prices))}) as server:
        assert asyncio.run(main(server.url)) == [pkg32.models.Price(symbol="ACME", price=12.5)]


def test_one_event_is_bounded_by_max_response_bytes(pkg: AsyncFace) -> None:
    big = "data: " + "x" * 5000 + "\n\n"

    def log(handler: Handler) -> None:
        start_stream(handler)
        send(handler, "data: small\n\n" + big)

    async def main(url: str) -> list[str]:
        seen: list[str] = []
        async with pkg._package.AsyncClient(base_url=url, max_response_bytes=1000) as client:
            with pytest.raises(pkg.ResponseTooLarge):
                async for event in await client.events.stream_log():
                    seen.append(event.data)
        return seen

    with loopback({("GET", "/log"): log}) as server:
        assert asyncio.run(main(server.url)) == ["small"]
