"""The event-stream parser of the runtime source, line by line, against the
WHATWG rules; no network."""

from __future__ import annotations

import _runtime as rt
import pytest
from _runtime._streaming import RawEvent, SseParser, iter_lines


def parse(text: str, limit: int = 1 << 20) -> tuple[list[RawEvent], SseParser]:
    parser = SseParser(limit)
    events = []
    for line in iter_lines([text.encode()]):
        event = parser.feed(line)
        if event is not None:
            events.append(event)
    final = parser.feed("")  # the end of the stream dispatches nothing pending twice
    return events + ([final] if final else []), parser


def test_fields_and_multiline_data() -> None:
    events, parser = parse(
        "\ufeff: a comment\r\nevent: tick\r\ndata: one\r\ndata:two\r\ndata\r\nid: 7\r\n"
        "retry: 1500\r\n\r\ndata: second\n\n"
    )
    assert events == [
        RawEvent("tick", "one\ntwo\n", "7", 1500),
        RawEvent("message", "second", "7", 1500),
    ]
    assert parser.last_id == "7"


def test_ignored_lines() -> None:
    events, parser = parse(
        "id: a\0b\nretry: soon\nfoo: bar\nevent: lonely\n\ndata:  two spaces\n\n"
    )
    # an id with NUL and a retry that is not digits are ignored; an event without
    # data is not dispatched and its type does not leak into the next one
    assert events == [RawEvent("message", " two spaces", None, None)]


def test_an_empty_id_resets_it() -> None:
    events, _ = parse("id: 1\ndata: a\n\nid\ndata: b\n\n")
    assert [e.id for e in events] == ["1", ""]


def test_one_event_is_bounded() -> None:
    with pytest.raises(rt.ResponseTooLarge):
        parse("data: " + "x" * 50 + "\ndata: " + "y" * 50 + "\n\n", limit=80)
