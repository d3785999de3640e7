"""Redaction in the runtime source: query values and userinfo never reach an
exception or a log line; the path, which identifies the call, stays."""

from __future__ import annotations

import logging
from typing import Callable

import _runtime as rt
import pytest
from _runtime._redact import RedactArgs
from runtime_server import Reply, Seen, Server

Serve = Callable[[Callable[[Seen], Reply]], Server]


def test_redact_url_and_text() -> None:
    assert rt.redact_url("https://u:p@h/a/b?api_key=1&flag&x=&y=2#frag") == (
        "https://***@h/a/b?api_key=***&***&x=***&y=***"
    )
    assert rt.redact_url("https://h/a") == "https://h/a"
    assert rt.redact_text("GET /a?sig=1&b=2 (see https://u:p@h/x?t=3 )") == (
        "GET /a?sig=***&b=*** (see https://***@h/x?t=*** )"
    )


def test_log_filter_redacts_arguments() -> None:
    record = logging.LogRecord("x", logging.DEBUG, "f", 1, "%s %s", ("GET /a?k=secret", 3), None)
    assert RedactArgs().filter(record) and record.args == ("GET /a?k=***", 3)


def test_api_error_url_is_redacted(serve: Serve) -> None:
    server = serve(lambda seen: Reply(404, {"message": "no"}))
    with rt.BaseClient("t", base_url=server.url, retries=0) as client:
        with pytest.raises(rt.NotFound) as caught:
            client.request("GET", "/a", query={"api_key": "s3cret"})
    assert "s3cret" not in str(caught.value) and "api_key=***" in str(caught.value)
