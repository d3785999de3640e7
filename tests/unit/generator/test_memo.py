"""generator.memo.ByIdentity: once per object, never shared between equal ones."""

from __future__ import annotations

from generator.memo import ByIdentity


def test_a_value_is_made_once_per_object_and_not_per_equal_object() -> None:
    memo: ByIdentity[int] = ByIdentity()
    calls: list[object] = []

    def make(obj: object) -> int:
        calls.append(obj)
        return len(calls)

    first, twin = {"type": "string"}, {"type": "string"}
    assert memo.get(first, lambda: make(first)) == 1
    assert memo.get(first, lambda: make(first)) == 1
    assert memo.get(twin, lambda: make(twin)) == 2
    assert calls == [first, twin] and calls[0] is first and calls[1] is twin
