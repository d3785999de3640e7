"""The runtime's decoders for precise types: ``literal_of`` (``const``,
single-value enums) and ``tuple_of`` (``prefixItems``)."""

from __future__ import annotations

import _runtime as rt
import pytest


def test_literal_of_accepts_exactly_its_values() -> None:
    decode = rt.literal_of("a", "b")
    assert decode("a") == "a" and decode("b") == "b"
    with pytest.raises(rt.DecodeError, match='one of "a", "b"'):
        decode("c")
    one = rt.literal_of(1)
    assert one(1) == 1
    for wrong in (True, 1.0, "1"):  # JSON true is not 1, and 1.0 is no integer literal
        with pytest.raises(rt.DecodeError):
            one(wrong)


def test_tuple_of_decodes_by_position() -> None:
    exact = rt.tuple_of([rt.as_int, rt.as_str], None, True)
    assert exact([1, "x"]) == (1, "x")
    for wrong in ([1], [1, "x", 2], ["x", 1], {"a": 1}):
        with pytest.raises(rt.DecodeError):
            exact(wrong)
    with pytest.raises(rt.DecodeError, match=r"\[1\]"):  # names the position
        exact([1, 2])
    open_ended = rt.tuple_of([rt.as_int], rt.as_str, False)
    assert open_ended([]) == () and open_ended([1, "a", "b"]) == (1, "a", "b")
    with pytest.raises(rt.DecodeError):
        open_ended([1, 2])
    capped = rt.tuple_of([rt.as_int, rt.as_int], None, False)
    assert capped([1]) == (1,)
    with pytest.raises(rt.DecodeError, match="at most 2"):
        capped([1, 2, 3])


def test_tuples_encode_as_json_arrays() -> None:
    assert rt.encode((1, "x")) == [1, "x"]
