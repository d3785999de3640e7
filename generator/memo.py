"""Values computed once per object rather than once per equal object: for the
parsed document's dicts, which cannot be hashed, and the IR's tuples, whose
equality costs more than the value.

Keyed by ``id``, with the object kept beside its value, so that its id cannot
be reused by another object while the memo lives.
"""

from __future__ import annotations

from typing import Any, Callable, Generic, TypeVar

V = TypeVar("V")


class ByIdentity(Generic[V]):
    """``get(obj, make)`` is ``make()``, called once per object ``obj``."""

    __slots__ = ("_table",)

    def __init__(self) -> None:
        self._table: dict[int, tuple[Any, V]] = {}

    def get(self, obj: Any, make: Callable[[], V]) -> V:
        known = self._table.get(id(obj))
        if known is None or known[0] is not obj:
            known = self._table[id(obj)] = (obj, make())
        return known[1]
