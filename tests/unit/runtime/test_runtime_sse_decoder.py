"""The sans-IO decoders both clients feed (``LineDecoder``, ``SseDecoder``):
the same events however the bytes are cut into chunks, an event left open
when a connection ends dropped (not joined to the next connection's), and an
over-long line refused; no network."""

from __future__ import annotations

import _runtime as rt
import pytest
from _runtime._streaming import LineDecoder, RawEvent, SseDecoder, SseParser

STREAM = (
    '\ufeff: hello\r\nevent: tick\r\nid: 7\r\nretry: 1500\r\ndata: {"n": 1,\r\n'
    'data:  "s": "één"}\r\n\r\ndata: second\n\n'
).encode()
EXPECTED = [
    RawEvent("tick", '{"n": 1,\n "s": "één"}', "7", 1500),
    RawEvent("message", "second", "7", 1500),
]


def events(chunks: list[bytes], parser: SseParser) -> list[RawEvent]:
    decoder = SseDecoder(parser)
    found = [event for chunk in chunks for event in decoder.feed(chunk)]
    return found + list(decoder.end())


@pytest.mark.parametrize("size", [1, 2, 3, 7, len(STREAM)])
def test_any_chunking_gives_the_same_events(size: int) -> None:
    chunks = [STREAM[i : i + size] for i in range(0, len(STREAM), size)]
    assert events(chunks, SseParser(1 << 20)) == EXPECTED


def test_an_open_event_ends_with_its_connection() -> None:
    parser = SseParser(1 << 20)
    assert events([b"id: 1\ndata: done\n\ndata: half"], parser) == [
        RawEvent("message", "done", "1", None)
    ]
    # the next connection (a reconnection) keeps the id, not the half event
    assert events([b"data: fresh\n\n"], parser) == [RawEvent("message", "fresh", "1", None)]


def test_events_before_a_too_long_line_are_kept() -> None:
    decoder = SseDecoder(SseParser(100))
    stream = decoder.feed(b"data: small\n\ndata: " + b"x" * 200 + b"\n\n")
    assert next(stream) == RawEvent("message", "small", None, None)
    with pytest.raises(rt.ResponseTooLarge):
        next(stream)


def test_line_decoder_pieces_and_flush() -> None:
    decoder = LineDecoder(max_line=4)
    assert list(decoder.feed("abcdéf\r\ngh".encode())) == ["abcd", "éf"]
    assert decoder.flush() == ["gh"] and decoder.flush() == []
