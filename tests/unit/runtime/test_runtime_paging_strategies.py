"""The paging strategies of the runtime source as the pure objects they are
(no server): Link header parsing, the origin check, and each strategy's
"next request from this response" decision, ends included."""

from __future__ import annotations

from typing import Any, Mapping, Optional

import _runtime as rt
import pytest


def reply(
    body: Any = None,
    headers: Optional[Mapping[str, str]] = None,
    count: int = 2,
    status: int = 200,
    url: str = "https://api.example.com/v1/items?page=1",
) -> rt.PageReply:
    return rt.PageReply(status, headers or {}, body, url, count)


@pytest.mark.parametrize(
    "header, expected",
    [
        ('<https://a.example/x?page=2>; rel="next"', "https://a.example/x?page=2"),
        (
            '<https://a/1>; rel="prev", <https://a/3>; rel="next", <https://a/9>; rel="last"',
            "https://a/3",
        ),
        ("</items?page=2>; rel=next", "/items?page=2"),
        ('<https://a/2>; title="x"; rel="last next"', "https://a/2"),
        ('<https://a/2>; rel="prev"', None),
        ("", None),
        ("garbage without brackets", None),
    ],
)
def test_next_link(header: str, expected: Optional[str]) -> None:
    assert rt.next_link(header) == expected


@pytest.mark.parametrize(
    "url, same",
    [
        ("https://api.example.com/v1/items?page=2", True),
        ("HTTPS://API.EXAMPLE.COM:443/other", True),  # case and the default port
        ("http://api.example.com/v1/items", False),  # another scheme
        ("https://api.example.com:8443/v1/items", False),  # another port
        ("https://evil.example/v1/items", False),
        ("https://api.example.com@evil.example/v1", False),  # userinfo trick: the host is evil
        ("https://api.example.com.evil.example/", False),
        ("/v1/items", False),  # not absolute: callers resolve first
        ("https://api.example.com:notaport/", False),
    ],
)
def test_same_origin(url: str, same: bool) -> None:
    assert rt.same_origin(url, "https://api.example.com/v1") is same


def test_link_strategy_resolves_relative_links_and_refuses_other_origins() -> None:
    strategy = rt.LinkStrategy("per_page")
    first = strategy.first(None, 50)
    assert first.query == {"per_page": 50} and first.url is None
    following = strategy.after(first, reply(headers={"Link": '</v1/items?page=2>; rel="next"'}))
    assert following is not None and following.url == "https://api.example.com/v1/items?page=2"
    assert following.token == following.url
    assert strategy.after(first, reply()) is None  # no Link: the last page
    with pytest.raises(rt.PaginationError, match="not on the API's origin"):
        strategy.after(first, reply(headers={"Link": '<https://evil.example/x>; rel="next"'}))


def test_cursor_strategy_sends_the_cursor_back_until_it_is_empty() -> None:
    strategy = rt.CursorStrategy("cursor", ["meta", "next"], "limit")
    first = strategy.first(None, 10)
    assert first.query == {"limit": 10} and first.token is None
    following = strategy.after(first, reply({"meta": {"next": "abc"}}))
    assert following is not None and following.query == {"limit": 10, "cursor": "abc"}
    for body in ({"meta": {"next": None}}, {"meta": {"next": ""}}, {"meta": {}}, [], None):
        assert strategy.after(first, reply(body)) is None
    assert strategy.first("abc", None).query == {"cursor": "abc"}  # resume


@pytest.mark.parametrize(
    "strategy, first_query, second_query",
    [
        (
            rt.OffsetStrategy("offset", "limit"),
            {"limit": 2, "offset": 0},
            {"limit": 2, "offset": 2},
        ),
        (
            rt.PageNumberStrategy("page", "per_page"),
            {"per_page": 2, "page": 1},
            {"per_page": 2, "page": 2},
        ),
    ],
)
def test_counting_strategies_stop_at_an_empty_or_short_page(
    strategy: rt.Strategy, first_query: dict[str, int], second_query: dict[str, int]
) -> None:
    first = strategy.first(None, 2)
    assert first.query == first_query
    following = strategy.after(first, reply(count=2))
    assert following is not None and following.query == second_query
    assert strategy.after(first, reply(count=0)) is None
    assert strategy.after(first, reply(count=1)) is None  # shorter than asked: the last
    with pytest.raises(ValueError, match="whole number"):
        strategy.first("x", 2)


def test_offset_moves_by_the_items_received_when_no_size_was_asked() -> None:
    strategy = rt.OffsetStrategy("offset", "limit")
    first = strategy.first("10", None)
    assert first.query == {"offset": 10}
    following = strategy.after(first, reply(count=7))
    assert following is not None and following.query == {"offset": 17} and following.token == "17"


def test_range_strategy() -> None:
    strategy = rt.RangeStrategy(order="desc", max_size=1000)
    first = strategy.first(None, 50)
    assert first.headers == {"Range": "id ..; max=50, order=desc"}
    assert strategy.after(first, reply(headers={"Next-Range": "]5.."}, status=200)) is None
    following = strategy.after(first, reply(headers={"Next-Range": "]5.."}, status=206))
    assert following is not None and following.headers == {"Range": "]5.."}
    with pytest.raises(ValueError, match="max must be between 1 and 1000"):
        strategy.first(None, 1001)
