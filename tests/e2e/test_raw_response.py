"""Raw responses: ``client.with_raw_response.<group>.<method>(...)`` returns
the status, headers and body beside ``parse()`` (the plain call's value), for
JSON, binary and Range-paged operations, and mypy knows ``parse()``'s type."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest

from helpers import ROOT
from responses_helpers import Handler, Loopback, generate, loopback


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("raw")


@pytest.fixture(scope="module")
def pkg(out: Path) -> ModuleType:
    return generate("errors_streams", out)


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    with loopback() as running:
        running.routes[("GET", "/items/ok")] = lambda h: h.reply(
            200, b'{"id": "ok", "name": "fine"}', X_Trace="t-1"
        )
        running.routes[("GET", "/files/a.bin")] = lambda h: h.reply(
            200, bytes(range(256)), "application/octet-stream"
        )
        yield running


def test_json_operation(pkg: ModuleType, server: Loopback) -> None:
    client = pkg.Client(base_url=server.url)
    raw = client.with_raw_response.items.get("ok")
    assert raw.status_code == 200 and raw.headers["x-trace"] == "t-1"
    assert raw.json() == {"id": "ok", "name": "fine"} and raw.text.startswith('{"id"')
    assert raw.parse() == pkg.models.Item(id="ok", name="fine")
    assert raw.parse() is raw.parse()  # decoded once
    assert repr(raw) == "<RawResponse [200]>"


def test_binary_operation(pkg: ModuleType, server: Loopback) -> None:
    client = pkg.Client(base_url=server.url)
    raw = client.with_raw_response.files.download("a.bin")
    assert raw.content == bytes(range(256)) == raw.parse()
    assert raw.headers["Content-Type"] == "application/octet-stream"


def test_errors_still_raise(pkg: ModuleType, server: Loopback) -> None:
    client = pkg.Client(base_url=server.url, retries=0)
    with pytest.raises(pkg.ApiError) as caught:
        client.with_raw_response.items.get("nowhere")
    assert caught.value.status == 599


def test_range_pages_first_page_is_the_response() -> None:
    sys.path.insert(0, str(ROOT / "generated"))
    import heroku_platform_api as heroku

    pages = {
        "id ..; max=200": (206, b'[{"name": "a"}]', "id ]a..; max=200"),
        "id ]a..; max=200": (200, b'[{"name": "b"}]', ""),
    }

    def apps(handler: Handler) -> None:
        status, body, following = pages[handler.headers["Range"]]
        extra = {"Next_Range": following} if following else {}
        handler.reply(status, body, **extra)

    with loopback({("GET", "/apps"): apps}) as running:
        client = heroku.Client("t", base_url=running.url)
        raw = client.with_raw_response.apps.list()
        assert raw.status_code == 206 and raw.headers["Next-Range"] == "id ]a..; max=200"
        assert len(running.seen) == 1
        assert [app.name for app in raw.parse()] == ["a", "b"]
        assert len(running.seen) == 2  # the first page was not fetched again


USAGE = """
from resp_errors_streams import Client
from resp_errors_streams.models import Item

client = Client()
raw = client.with_raw_response.items.get("ok", verbose=True)
item: Item = raw.parse()
status: int = raw.status_code
data: bytes = client.with_raw_response.files.download("a").parse()
with client.with_streaming_response.files.download("a") as streamed:
    chunks: list[bytes] = list(streamed.iter_bytes())
    saved: int = streamed.save("/tmp/x")
for event in client.events.stream_ticks():
    n: int = event.data.n
    kind: str = event.event
for line in client.events.stream_log():
    text: str = line.data
wrong: str = raw.parse()  # line 17: an Item is not a str
client.with_raw_response.items.get(42)  # line 18: the id is a str
"""


def test_mypy_knows_the_result_types(pkg: ModuleType, out: Path) -> None:
    script = out / "usage.py"
    script.write_text(USAGE.lstrip("\n"))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / ".mypy_cache")]
        + [str(script)],
        cwd=out / "errors_streams",
        capture_output=True,
        text=True,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["17", "18"], result.stdout
    assert "Item" in errors[0] and '"str"' in errors[0]
    assert '"int"' in errors[1]


def test_raw_event_stream_reads_within_the_cap(pkg: ModuleType) -> None:
    def events(handler: Handler) -> None:
        handler.reply(200, b"data: " + b"x" * 5000 + b"\n\n", "text/event-stream")

    with loopback({("GET", "/log"): events}) as running:
        small = pkg.Client(base_url=running.url, max_response_bytes=1000)
        with pytest.raises(pkg.ResponseTooLarge):
            small.with_raw_response.events.stream_log().content
        raw = pkg.Client(base_url=running.url).with_raw_response.events.stream_log()
        assert raw.text.startswith("data: xxx") and isinstance(raw.parse(), pkg.EventStream)
