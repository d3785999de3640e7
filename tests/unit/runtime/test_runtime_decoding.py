"""Decoding and encoding helpers of the runtime source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import _runtime as rt
import pytest


class Size(str, rt.OpenEnum):
    SMALL = "small"


def test_scalars_are_strict() -> None:
    assert rt.as_int(3.0) == 3 and rt.as_float(2) == 2.0 and rt.as_bool(False) is False
    for decoder, bad in [
        (rt.as_int, True),
        (rt.as_int, 1.5),
        (rt.as_float, "1"),
        (rt.as_bool, 0),
        (rt.as_str, 1),
        (rt.as_none, 0),
        (rt.as_date, "2024-13-01"),
        (rt.as_datetime, "yesterday"),
    ]:
        with pytest.raises(rt.DecodeError):
            decoder(bad)
    assert rt.as_datetime("2024-01-02T03:04:05z").tzinfo == dt.timezone.utc
    assert rt.as_bytes("é") == "é".encode()


def test_optional_helpers_name_the_key() -> None:
    data = {"n": "x", "s": "ok", "f": 1}
    assert rt.optional_str(data, "s") == "ok" and rt.optional_str(data, "missing") is None
    assert rt.optional_float(data, "f") == 1.0
    with pytest.raises(rt.DecodeError) as caught:
        rt.optional_int(data, "n")
    assert str(caught.value) == "n: expected integer, got str"
    with pytest.raises(rt.DecodeError) as caught:
        rt.required({}, "id", rt.as_str)
    assert str(caught.value).startswith("id: expected a value (required field is missing)")


def test_nullable_union_discriminated() -> None:
    assert rt.nullable(rt.as_int)(None) is None
    either = rt.union_of(rt.as_int, rt.as_str)
    assert either("a") == "a" and either(2) == 2
    with pytest.raises(rt.DecodeError):
        either([])
    pick = rt.discriminated("kind", {"n": lambda v: ("n", v)}, lambda v: ("other", v))
    assert pick({"kind": "n"})[0] == "n" and pick({"kind": 5})[0] == "other"


def test_open_enum_keeps_unknown_values() -> None:
    assert Size.decode("small") is Size.SMALL
    unknown = Size.decode("huge")
    assert unknown.name == "UNKNOWN" and unknown.value == "huge"
    assert rt.encode(unknown) == "huge"
    with pytest.raises(rt.DecodeError):
        Size.decode(3)


@dataclass
class Model:
    a: int

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a}


def test_encode_and_fields() -> None:
    value = {"m": Model(1), "d": dt.date(2024, 1, 2), "l": (Size.SMALL,), "u": rt.UNSET}
    assert rt.encode(value) == {"m": {"a": 1}, "d": "2024-01-02", "l": ["small"]}
    assert rt.fields({"x": 1, "y": rt.UNSET, "z": None}) == {"x": 1, "z": None}
    with pytest.raises(TypeError):
        rt.encode(object())
    assert repr(rt.UNSET) == "UNSET" and not rt.UNSET and rt.Unset() is rt.UNSET
