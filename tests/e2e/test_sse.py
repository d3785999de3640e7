"""Server-sent events against a loopback server: a ``text/event-stream``
operation returns an iterator of typed events (the event data's schema from
``schema`` before OpenAPI 3.2, from ``itemSchema``'s ``contentSchema`` in
3.2), events arrive as they are sent, closing the iterator closes the
connection, and ``reconnecting()`` resumes with ``Last-Event-ID``."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest

from responses_helpers import Handler, Loopback, generate, loopback


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sse")


@pytest.fixture(scope="module")
def pkg(out: Path) -> ModuleType:
    return generate("errors_streams", out)


@pytest.fixture(scope="module")
def pkg32(out: Path) -> ModuleType:
    return generate("sse_item_schema", out)


def start_stream(handler: Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.end_headers()  # no length: the stream ends when the server hangs up
    handler.close_connection = True


def send(handler: Handler, text: str) -> None:
    handler.wfile.write(text.encode())
    handler.wfile.flush()


TICKS = (
    ": keep-alive\n\n"
    'event: tick\nid: 1\nretry: 10\ndata: {"n": 1,\ndata:  "at": "2026-01-02T03:04:05Z"}\n\n'
    'data: {"n": 2}\n\n'
)


def test_typed_events(pkg: ModuleType) -> None:
    with loopback({("GET", "/ticks"): lambda h: (start_stream(h), send(h, TICKS))}) as server:
        client = pkg.Client(base_url=server.url)
        events = list(client.events.stream_ticks())
        assert server.seen[0][2]["Accept"] == "text/event-stream"
    first, second = events
    assert isinstance(first.data, pkg.models.Tick) and first.data.n == 1
    assert first.data.at.year == 2026 and first.event == "tick" and first.retry == 10
    assert first.id == second.id == "1" and second.event == "message" and second.data.n == 2
    assert first.text == '{"n": 1,\n "at": "2026-01-02T03:04:05Z"}'


def test_text_events_and_the_streaming_wrapper(pkg: ModuleType) -> None:
    log = "data: line one\ndata: line two\n\ndata: three\n\n"
    with loopback({("GET", "/log"): lambda h: (start_stream(h), send(h, log))}) as server:
        client = pkg.Client(base_url=server.url)
        assert [e.data for e in client.events.stream_log()] == ["line one\nline two", "three"]
        with client.with_streaming_response.events.stream_log() as streamed:
            assert [e.data for e in streamed.iter_events()] == ["line one\nline two", "three"]


def test_item_schema_of_openapi_32(pkg32: ModuleType) -> None:
    prices = 'event: price\ndata: {"symbol": "ACME", "price": 12.5}\n\n'
    with loopback({("GET", "/prices"): lambda h: (start_stream(h), send(h, prices))}) as server:
        client = pkg32.Client(base_url=server.url)
        (event,) = client.default.stream_prices()
        assert event.data == pkg32.models.Price(symbol="ACME", price=12.5)
        notes = client.default.stream_notes  # itemSchema whose data is a string
        assert notes.__annotations__["return"] == "_rt.EventStream[str]"


def test_events_arrive_as_sent_and_close_hangs_up(pkg: ModuleType) -> None:
    hung_up = threading.Event()
    release = threading.Event()

    def endless(handler: Handler) -> None:
        start_stream(handler)
        n = 0
        try:
            while n < 2000:  # about 20 s at most
                n += 1
                send(handler, f'data: {{"n": {n}}}\n\n')
                if n == 2:
                    release.wait(10)  # the client must see 2 events before more are sent
                time.sleep(0.01)
        except OSError:
            hung_up.set()

    with loopback({("GET", "/ticks"): endless}) as server:
        client = pkg.Client(base_url=server.url)
        stream = client.events.stream_ticks()
        events = iter(stream)  # kept: only close() may end the connection
        seen = [next(events).data.n, next(events).data.n]
        release.set()
        stream.close()
        assert seen == [1, 2]
        assert hung_up.wait(10), "the server never noticed the client hanging up"


def test_reconnects_with_last_event_id(pkg: ModuleType) -> None:
    connections: list[str] = []

    def flaky(handler: Handler) -> None:
        connections.append(handler.headers.get("Last-Event-ID", "-"))
        start_stream(handler)
        if len(connections) == 1:
            send(handler, 'retry: 5\nid: 1\ndata: {"n": 1}\n\nid: 2\ndata: {"n": 2}\n\n')
        elif len(connections) == 2:
            send(handler, 'id: 3\ndata: {"n": 3}\n\n')

    with loopback({("GET", "/ticks"): flaky}) as server:
        client = pkg.Client(base_url=server.url)
        stream = client.events.stream_ticks()
        assert [e.data.n for e in stream.reconnecting(attempts=1)] == [1, 2, 3]
    # one retry after each stream that brought events, none after the empty third
    assert connections == ["-", "2", "3"]


def test_no_content_stops_reconnecting(pkg: ModuleType) -> None:
    def once(handler: Handler) -> None:
        if handler.headers.get("Last-Event-ID") or len(server.seen) > 3:
            handler.reply(204, b"")
            return
        start_stream(handler)
        send(handler, 'retry: 1\nid: 9\ndata: {"n": 9}\n\n')

    with loopback({("GET", "/ticks"): once}) as server:
        client = pkg.Client(base_url=server.url)
        assert [e.id for e in client.events.stream_ticks().reconnecting(attempts=5)] == ["9"]
        assert len(server.seen) == 2


def test_an_error_status_raises_before_streaming(pkg: ModuleType) -> None:
    def refuse(handler: Handler) -> None:
        handler.reply(403, b'{"message": "no ticks for you"}')

    with loopback({("GET", "/ticks"): refuse}) as server:
        client = pkg.Client(base_url=server.url, retries=0)
        with pytest.raises(pkg.Forbidden, match="no ticks for you"):
            client.events.stream_ticks()
