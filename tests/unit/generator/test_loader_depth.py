"""The document's nesting bound (loader._check_depth), at its edge and against
the node-by-node walk it replaced."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import loader
from generator.errors import SpecError


def _nested(levels: int, leaf: Any, kind: str = "dict") -> Any:
    """A container ``levels`` below the top (0: the top itself) holding ``leaf``."""
    node: Any = {"leaf": leaf} if kind == "dict" else [leaf]
    for index in range(levels):
        node = {"k": node} if (kind == "dict") == (index % 2 == 0) else [node]
    return node


def _walked_depth_ok(data: Any, limit: int) -> bool:
    """The walk this replaced: every container with its depth, one at a time."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return False
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, (dict, list)))
    return True


@pytest.mark.parametrize("kind", ["dict", "list"])
def test_the_bound_is_exact(kind: str) -> None:
    loader._check_depth("doc", _nested(loader.MAX_DEPTH, "scalar", kind))  # scalars below: fine
    with pytest.raises(SpecError, match=f"nested more than {loader.MAX_DEPTH} levels deep"):
        loader._check_depth("doc", _nested(loader.MAX_DEPTH + 1, "scalar", kind))
    with pytest.raises(SpecError, match="levels deep"):
        loader._check_depth("doc", _nested(loader.MAX_DEPTH, {"x": 1}, kind))


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=2), inner, max_size=3),
    max_leaves=60,
)


@settings(max_examples=400, deadline=None)
@given(_json, st.integers(min_value=0, max_value=8))
def test_it_judges_as_the_node_by_node_walk(data: Any, limit: int) -> None:
    original = loader.MAX_DEPTH
    loader.MAX_DEPTH = limit
    try:
        try:
            loader._check_depth("doc", data)
            accepted = True
        except SpecError:
            accepted = False
    finally:
        loader.MAX_DEPTH = original
    assert accepted == _walked_depth_ok(data, limit)
