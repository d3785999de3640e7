"""The generated Heroku client's per-call wire options end to end, against a
local server: ``extra_query``/``extra_body`` reach the wire (paginated calls
too), Heroku's configured Accept still wins, and replies decode tolerantly
unless ``strict=True``."""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator

import pytest
from fake_heroku import ACCEPT

from heroku_platform_api import Client, DecodeError

APP = {
    "id": "01234567-89ab-cdef-0123-456789abcdef",
    "name": "a",
    "region": {"id": "r", "name": "eu"},
}


class Recorder:
    """Answers every request with ``reply`` (JSON) and records path, headers, body."""

    def __init__(self) -> None:
        self.reply: Any = APP
        self.seen: list[tuple[str, dict[str, str], Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.seen.append((self.path, dict(self.headers), json.loads(raw or b"null")))
                body = json.dumps(outer.reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_PATCH = do_POST = do_GET

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()


@pytest.fixture
def server(isolated_env: Path) -> Iterator[Recorder]:
    recorder = Recorder()
    yield recorder
    recorder.httpd.shutdown()
    recorder.httpd.server_close()


def test_extra_query_and_body_reach_the_wire(server: Recorder) -> None:
    with Client(token="t", base_url=server.url, retries=0) as client:
        client.apps.update("a", name="b", extra_body={"forgot": 1}, extra_query={"q": "x y"})
    path, headers, body = server.seen[-1]
    assert path == "/apps/a?q=x%20y"
    assert body == {"name": "b", "forgot": 1}
    assert headers["Accept"] == ACCEPT  # Heroku's configured Accept wins


def test_paginated_calls_pass_the_options_on(server: Recorder) -> None:
    server.reply = [APP, {**APP, "name": 5}]
    with Client(token="t", base_url=server.url, retries=0) as client:
        apps = list(client.apps.list(extra_query={"q": "1"}))
        assert [app.name for app in apps] == ["a", 5]  # the raw value kept
        assert server.seen[-1][0] == "/apps?q=1"
        with pytest.raises(DecodeError, match=r"App\[1\]\.name"):
            list(client.apps.list(strict=True))


def test_tolerant_by_default_strict_per_client(
    server: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply = {**APP, "region": "us"}
    with caplog.at_level(logging.WARNING, logger="heroku_platform_api"):
        with Client(token="t", base_url=server.url, retries=0) as client:
            assert client.apps.info("a").region == "us"
    assert any("App.region" in r.getMessage() for r in caplog.records)
    with Client(token="t", base_url=server.url, retries=0, strict=True) as strict:
        with pytest.raises(DecodeError, match="App.region"):
            strict.apps.info("a")
        assert strict.apps.info("a", strict=False).region == "us"
