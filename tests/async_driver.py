"""Drive a generated ``AsyncClient`` from synchronous test code, so a suite
written against ``Client`` runs unchanged against ``AsyncClient``.

``Driven(AsyncClient, ...)`` looks like a ``Client``: each method call is
awaited to completion on the driver's own event loop, async pages become
plain iterators (each step one ``__anext__``), and ``with``/``close`` close
the async client.  A ``session=`` (the caller's own ``requests.Session``)
becomes ``http_client=`` (the caller's own ``httpx.AsyncClient``).  Nothing is faked: the requests are the async client's own,
sent by httpx.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Iterator


class _Pages:
    """An ``AsyncRangePages`` seen as a ``RangePages``."""

    def __init__(self, loop: asyncio.AbstractEventLoop, pages: Any) -> None:
        self._loop = loop
        self._pages = pages

    def _drain(self, iterator: Any) -> Iterator[Any]:
        while True:
            try:
                yield self._loop.run_until_complete(iterator.__anext__())
            except StopAsyncIteration:
                return

    def __iter__(self) -> Iterator[Any]:
        return self._drain(self._pages.__aiter__())

    def pages(self) -> Iterator[Any]:
        return self._drain(self._pages.pages())

    def first_page(self) -> Any:
        return self._loop.run_until_complete(self._pages.first_page())


class _Resource:
    def __init__(self, loop: asyncio.AbstractEventLoop, resource: Any) -> None:
        self._loop = loop
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._resource, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            if inspect.iscoroutine(result):
                return self._loop.run_until_complete(result)
            assert type(result).__name__.startswith("Async"), result  # AsyncPages, AsyncRangePages
            return _Pages(self._loop, result)

        return call


class Driven:
    """An async client behind a synchronous face (see the module docstring)."""

    def __init__(self, client_class: Any, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("session") is not None:
            # The caller's own requests.Session becomes the caller's own
            # httpx.AsyncClient (as plain as the session: no settings).
            import httpx

            kwargs["http_client"] = httpx.AsyncClient()
        kwargs.pop("session", None)
        self._loop = asyncio.new_event_loop()
        # Built inside the loop, as an application would.
        self._client = self._loop.run_until_complete(self._build(client_class, args, kwargs))

    @staticmethod
    async def _build(client_class: Any, args: Any, kwargs: Any) -> Any:
        return client_class(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._client, name)
        if type(value).__name__.startswith("Async") and type(value).__name__.endswith("Api"):
            return _Resource(self._loop, value)
        if inspect.iscoroutinefunction(value):  # client.request(...)
            return lambda *args, **kwargs: self._loop.run_until_complete(value(*args, **kwargs))
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._client, name, value)

    def __repr__(self) -> str:
        return repr(self._client)

    def __enter__(self) -> Driven:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if not self._loop.is_closed():
            self._loop.run_until_complete(self._client.aclose())
            self._loop.close()
