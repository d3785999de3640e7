"""Drive a generated ``AsyncClient`` from synchronous test code, so a suite
written against ``Client`` runs unchanged against ``AsyncClient``.

``Driven(AsyncClient, ...)`` looks like a ``Client``: each method call is
awaited to completion on the driver's own event loop, async pages become
plain iterators (each step one ``__anext__``), and ``with``/``close`` close
the async client.  ``with_raw_response`` and ``with_streaming_response`` are
driven too: an ``AsyncRawResponse``'s ``parse()`` is awaited, an
``AsyncStreaming`` is entered with ``with`` and its ``AsyncStreamedResponse``
read through the sync names (``iter_bytes`` is ``aiter_bytes`` drained,
``read`` is ``aread``...), and an ``AsyncEventStream`` is iterated with
``for`` (``Events``, which the async suites pass as ``EventStream``).  A ``session=`` (the caller's own ``requests.Session``)
becomes ``http_client=`` (the caller's own ``httpx.AsyncClient``).  Nothing is faked: the requests are the async client's own,
sent by httpx.
"""

from __future__ import annotations

import asyncio
import inspect
import re
from typing import Any, Iterator, Mapping


def _drain(loop: asyncio.AbstractEventLoop, iterator: Any) -> Iterator[Any]:
    """An async iterator stepped on ``loop``, one ``__anext__`` per item."""
    while True:
        try:
            yield loop.run_until_complete(iterator.__anext__())
        except StopAsyncIteration:
            return


def synced(loop: asyncio.AbstractEventLoop, value: Any) -> Any:
    """``value`` as the sync client would have given it: a coroutine awaited
    (and its result synced), an async iterator drained, and the async
    client's pages, responses and event streams behind their sync faces."""
    if inspect.iscoroutine(value):
        value = loop.run_until_complete(value)
    if hasattr(value, "__anext__"):
        return _drain(loop, value)
    face = FACES.get(type(value).__name__)
    return value if face is None else face(loop, value)


class _Synced:
    """The sync face of an async object: its attributes, each call's result
    synced, ``SYNC_NAMES`` read as their async names."""

    SYNC_NAMES: dict[str, str] = {}

    def __init__(self, loop: asyncio.AbstractEventLoop, value: Any) -> None:
        self._loop = loop
        self._value = value

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._value, self.SYNC_NAMES.get(name, name))
        if not callable(found):
            return found
        return lambda *args, **kwargs: synced(self._loop, found(*args, **kwargs))

    def __repr__(self) -> str:
        return repr(self._value)


class _Pages(_Synced):
    """An ``AsyncRangePages`` seen as a ``RangePages``."""

    def __iter__(self) -> Iterator[Any]:
        return _drain(self._loop, self._value.__aiter__())


class Events(_Pages):
    """An ``AsyncEventStream`` seen as an ``EventStream``: ``for``, ``close()``, ``with``."""

    SYNC_NAMES = {"close": "aclose"}

    def __enter__(self) -> Events:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Streamed(_Synced):
    """An ``AsyncStreamedResponse`` seen as a ``StreamedResponse``."""

    SYNC_NAMES = {
        "iter_bytes": "aiter_bytes",
        "iter_lines": "aiter_lines",
        "iter_events": "aiter_events",
        "read": "aread",
        "close": "aclose",
    }


class _Streaming(_Synced):
    """An ``AsyncStreaming`` (``async with``) seen as the sync ``with``."""

    def __enter__(self) -> _Streamed:
        return _Streamed(self._loop, self._loop.run_until_complete(self._value.__aenter__()))

    def __exit__(self, *exc: object) -> None:
        self._loop.run_until_complete(self._value.__aexit__(*exc))


FACES = {
    "AsyncPages": _Pages,
    "AsyncRangePages": _Pages,
    "AsyncEventStream": Events,
    "AsyncRawResponse": _Synced,  # parse() awaited
    "AsyncStreaming": _Streaming,
}


class _Resource(_Synced):
    """A group of the client (or of one of its twins), its calls driven."""


class _Twins(_Synced):
    """``with_raw_response`` or ``with_streaming_response``: driven groups."""

    def __getattr__(self, name: str) -> Any:
        return _Resource(self._loop, getattr(self._value, name))


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
        if type(value).__name__.startswith("AsyncClientWith"):  # with_raw_response...
            return _Twins(self._loop, value)
        if re.match(r"Async\w*Api\d*$", type(value).__name__):
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


class AsyncFace:
    """A generated package as a suite written for ``Client`` uses it, with
    ``Client`` building a driven ``AsyncClient`` and ``EventStream`` the
    driver's face of an ``AsyncEventStream``; every other name is the
    package's own (its errors, models...)."""

    def __init__(self, package: Any) -> None:
        self._package = package

    def __getattr__(self, name: str) -> Any:
        if name == "Client":
            return lambda *args, **kwargs: Driven(self._package.AsyncClient, *args, **kwargs)
        if name == "EventStream":
            return Events
        return getattr(self._package, name)


def mirror(namespace: dict[str, Any], suite: Any, skip: Mapping[str, str] = {}) -> None:
    """Put every test of the sync ``suite`` into a mirror module's ``namespace``,
    except those in ``skip`` (name: why it does not apply to ``AsyncClient``)."""
    for name in dir(suite):
        if name.startswith("test_") and name not in skip:
            namespace[name] = getattr(suite, name)
