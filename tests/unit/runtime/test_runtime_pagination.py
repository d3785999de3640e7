"""Range pagination of the runtime source against a local server: pages are
followed while the server answers 206, and a repeated ``Next-Range`` (which
would loop forever) raises ``PaginationError``."""

from __future__ import annotations

from typing import Callable

import _runtime as rt
import pytest
from runtime_server import Reply, Seen, Server

Serve = Callable[[Callable[[Seen], Reply]], Server]


def pages_of(serve: Serve, answer: Callable[[Seen], Reply]) -> tuple[Server, rt.RangePages[int]]:
    server = serve(answer)
    client = rt.BaseClient("t", base_url=server.url, retries=0)
    return server, rt.RangePages(client, "/items", {}, rt.as_int, "int", max=2)


def test_follows_next_range_until_200(serve: Serve) -> None:
    def answer(seen: Seen) -> Reply:
        if seen.headers["Range"] == "id ..; max=2":
            return Reply(206, [1, 2], {"Next-Range": "]2..; max=2"})
        return Reply(200, [3], {})

    server, pages = pages_of(serve, answer)
    assert list(pages) == [1, 2, 3]
    assert [s.headers["Range"] for s in server.seen] == ["id ..; max=2", "]2..; max=2"]


def test_repeated_next_range_stops(serve: Serve) -> None:
    server, pages = pages_of(serve, lambda seen: Reply(206, [1], {"Next-Range": "]1.."}))
    with pytest.raises(rt.PaginationError, match="repeated Next-Range"):
        list(pages)
    assert len(server.seen) == 2  # the start, then "]1.." once; the repeat is not fetched


def test_arguments_are_checked() -> None:
    client = rt.BaseClient("t", base_url="http://127.0.0.1:9")
    with pytest.raises(ValueError):
        rt.RangePages(client, "/", {}, rt.as_int, "int", max=0)
    with pytest.raises(ValueError):
        rt.RangePages(client, "/", {}, rt.as_int, "int", order="up")
