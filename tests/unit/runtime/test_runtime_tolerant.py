"""Tolerant decoding of the runtime source: a reply that breaks its schema in a
recoverable way still decodes (the field keeps the raw JSON value, one warning
per model and field); ``strict=True`` per client or per call raises the typed
DecodeError naming the field."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any, Callable, Optional

import pytest
from runtime_server import Reply, Seen, Server

import _runtime as rt
from _runtime import _decoding

Serve = Callable[[Callable[[Seen], Reply]], Server]


class Size(str, rt.OpenEnum):
    SMALL = "small"


@dataclass
class Region:
    id: str

    @classmethod
    def from_dict(cls, data: Any) -> Region:
        data = rt.expect_object(data)
        return cls(id=rt.required(data, "id", rt.as_str))


@dataclass
class Thing:
    """A model the way the generator writes one (helpers per field)."""

    id: str
    born: dt.date
    name: Optional[str]
    count: Optional[int]
    size: Optional[Size]
    seen: Optional[dt.datetime]
    region: Region
    tags: list[str]

    @classmethod
    def from_dict(cls, data: Any) -> Thing:
        data = rt.expect_object(data)
        return cls(
            id=rt.required(data, "id", rt.as_str),
            born=rt.required(data, "born", rt.as_date),
            name=rt.optional_str(data, "name"),
            count=rt.optional_int(data, "count"),
            size=rt.optional(data, "size", Size.decode),
            seen=rt.optional_datetime(data, "seen"),
            region=rt.required(data, "region", Region.from_dict),
            tags=rt.required(data, "tags", rt.list_of(rt.as_str)),
        )


GOOD = {
    "id": "t1",
    "born": "2024-01-02",
    "name": "n",
    "count": 3,
    "size": "small",
    "seen": "2024-01-02T03:04:05Z",
    "region": {"id": "eu"},
    "tags": ["a"],
}
# Each breaks the schema in one recoverable way: (field, bad value).
BROKEN = [
    ("born", "2024-01-02T03:04:05Z"),  # a date holding a date-time
    ("name", 5),  # a wrong scalar type
    ("count", "three"),
    ("seen", "yesterday"),  # a format that does not parse
    ("region", None),  # null where not nullable
    ("region", "eu"),
    ("tags", ["a", 2]),  # a wrong item in a list
    ("size", "huge"),  # an unknown enum value (always tolerated)
]


def _fetch(serve: Serve, body: Any, client_strict: bool = False, **call: Any) -> Any:
    server = serve(lambda seen: Reply(200, body))
    with rt.BaseClient("t", base_url=server.url, retries=0, strict=client_strict) as client:
        response = client.request("GET", "/things/t1", **call)
        return rt.decode(response, Thing.from_dict, "Thing")


@pytest.mark.parametrize("field,bad", BROKEN)
def test_broken_field_keeps_its_raw_value(serve: Serve, field: str, bad: Any) -> None:
    thing = _fetch(serve, {**GOOD, field: bad})
    assert thing.id == "t1"
    kept = getattr(thing, field)
    assert kept == bad or (field == "size" and kept.value == bad)


@pytest.mark.parametrize("field,bad", [b for b in BROKEN if b[0] != "size"])
def test_strict_per_call_and_per_client_raise_naming_the_field(
    serve: Serve, field: str, bad: Any
) -> None:
    for call, client_strict in (({"strict": True}, False), ({}, True)):
        with pytest.raises(rt.DecodeError) as info:
            _fetch(serve, {**GOOD, field: bad}, client_strict, **call)
        assert info.value.path[:2] == ["Thing", field]
    # strict=False on the call wins over a strict client
    assert _fetch(serve, {**GOOD, field: bad}, True, strict=False).id == "t1"


def test_missing_required_field_is_none(serve: Serve) -> None:
    body = {k: v for k, v in GOOD.items() if k != "id"}
    assert _fetch(serve, body).id is None
    with pytest.raises(rt.DecodeError, match="required field is missing"):
        _fetch(serve, body, strict=True)


def test_body_of_the_wrong_shape_is_returned_raw(serve: Serve) -> None:
    assert _fetch(serve, [1, 2]) == [1, 2]


def test_warns_once_per_model_and_field(serve: Serve, caplog: pytest.LogCaptureFixture) -> None:
    _decoding._warned.clear()
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            _fetch(serve, {**GOOD, "count": "three", "tags": ["a", 1, 2]})
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2, warnings
    assert any(w.startswith("Thing.") and "count" in w for w in warnings)
    assert any("tags" in w for w in warnings)
    assert all("three" not in w for w in warnings)  # values are never logged


def test_direct_from_dict_stays_strict() -> None:
    with pytest.raises(rt.DecodeError):
        Thing.from_dict({**GOOD, "count": "three"})


def test_union_alternatives_are_tried_strictly(serve: Serve) -> None:
    """Tolerant models accept any object; a union still picks the model that fits."""

    @dataclass
    class Other:
        kind: str

        @classmethod
        def from_dict(cls, data: Any) -> Other:
            data = rt.expect_object(data)
            return cls(kind=rt.required(data, "kind", rt.as_str))

    server = serve(lambda seen: Reply(200, {"kind": "k"}))
    with rt.BaseClient("t", base_url=server.url, retries=0) as client:
        response = client.request("GET", "/x")
        either = rt.union_of(Region.from_dict, Other.from_dict)
        assert rt.decode(response, either, "Either") == Other(kind="k")


@pytest.mark.parametrize("strict", [False, True])
def test_no_content_reply_is_none_whatever_the_document_declares(
    serve: Serve, strict: bool
) -> None:
    server = serve(lambda seen: Reply(204))
    with rt.BaseClient("t", base_url=server.url, retries=0) as client:
        response = client.request("PUT", "/x", strict=strict)
        assert rt.decode(response, Thing.from_dict, "Thing") is None
