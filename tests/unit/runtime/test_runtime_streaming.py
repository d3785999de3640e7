"""Body reading of the runtime source: the size cap holds whether or not the
server declares a length, and the connection of a refused body is not reused
half read (the next call gets a clean answer)."""

from __future__ import annotations

from typing import Callable

import _runtime as rt
import pytest
from runtime_server import Reply, Seen, Server

Serve = Callable[[Callable[[Seen], Reply]], Server]


@pytest.mark.parametrize("declared", [True, False])
def test_size_cap(serve: Serve, declared: bool) -> None:
    def answer(seen: Seen) -> Reply:
        size = 5000 if seen.path.startswith("/big") else 10
        return Reply(200, b"x" * size, {"Content-Type": "text/plain"}, length=declared)

    server = serve(answer)
    with rt.BaseClient("t", base_url=server.url, max_response_bytes=1000, retries=0) as client:
        with pytest.raises(rt.ResponseTooLarge) as caught:
            client.request("GET", "/big", query={"sig": "secret"})
        assert "secret" not in str(caught.value) and "max_response_bytes (1000)" in str(
            caught.value
        )
        if declared:
            assert "Content-Length 5000" in str(caught.value)
        assert client.request("GET", "/small").content == b"x" * 10


def test_body_exactly_at_the_cap_is_read(serve: Serve) -> None:
    server = serve(lambda seen: Reply(200, b"y" * 1000, length=False))
    with rt.BaseClient("t", base_url=server.url, max_response_bytes=1000) as client:
        assert len(client.request("GET", "/").content) == 1000


def test_limits_are_checked() -> None:
    for bad in ({"deadline": 0}, {"max_response_bytes": 0}, {"max_retry_after": -1}):
        with pytest.raises(ValueError):
            rt.BaseClient("t", base_url="http://127.0.0.1:9", **bad)  # type: ignore[arg-type]
