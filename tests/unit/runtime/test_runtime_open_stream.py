"""``open_stream``, the primitive for URLs an API hands out (Heroku's build
output and log sessions): streamed, bounded per read and by a deadline, and
carrying no credential at all, not even a netrc login for that host."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

import _runtime as rt
import pytest
from runtime_server import Reply, Seen, Server

Serve = Callable[[Callable[[Seen], Reply]], Server]


def test_lines_without_credentials(serve: Serve, no_credentials: Path) -> None:
    no_credentials.write_text("machine 127.0.0.1 login me password netrc-secret\n")
    server = serve(lambda seen: Reply(200, b"one\r\ntwo\nthree", {"Content-Type": "text/plain"}))
    with rt.open_stream(server.url + "/output?sig=abc") as streamed:
        assert list(streamed.iter_lines()) == ["one", "two", "three"]
    (seen,) = server.seen
    assert "Authorization" not in seen.headers and "netrc-secret" not in str(seen.headers)


def test_error_status_is_typed_and_redacted(serve: Serve) -> None:
    server = serve(lambda seen: Reply(403, {"message": "expired"}))
    with pytest.raises(rt.Forbidden) as caught:
        rt.open_stream(server.url + "/output?sig=signed-secret")
    assert "expired" in str(caught.value) and "signed-secret" not in str(caught.value)


def test_deadline_bounds_a_trickle(serve: Serve) -> None:
    def trickle(seen: Seen) -> Reply:
        time.sleep(1.5)  # the headers come late: the deadline has passed by then
        return Reply(200, b"late")

    server = serve(trickle)
    started = time.monotonic()
    with pytest.raises(rt.TransportError):
        rt.open_stream(server.url + "/slow", expires=time.monotonic() + 0.3)
    assert time.monotonic() - started < 1.4
