"""``mypy --strict`` knows what ``AsyncClient``'s raw responses, streamed
responses and event streams give: a usage script on the ``errors_streams``
fixture passes, and each deliberately wrong line of it (a wrong result type,
a forgotten ``await``, a sync ``for``/``with`` where asyncio needs ``async``)
is an error on exactly that line."""

from __future__ import annotations

from pathlib import Path

import pytest
from responses_helpers import generate
from test_async_typing import mypy

USAGE = """
import asyncio

from resp_errors_streams import AsyncClient, AsyncEventStream, AsyncRawResponse
from resp_errors_streams.models import Item, Tick


async def main() -> None:
    async with AsyncClient() as client:
        raw: AsyncRawResponse[Item] = await client.with_raw_response.items.get("ok", verbose=True)
        item: Item = await raw.parse()
        status: int = raw.status_code
        data: bytes = await (await client.with_raw_response.files.download("a")).parse()
        async with client.with_streaming_response.files.download("a") as streamed:
            chunks: list[bytes] = [chunk async for chunk in streamed.aiter_bytes()]
            lines: list[str] = [line async for line in streamed.aiter_lines()]
            saved: int = await streamed.save("/tmp/x")
            body: bytes = await streamed.parse()
        ticks: AsyncEventStream[Tick] = await client.events.stream_ticks()
        async for event in ticks:
            n: int = event.data.n
        async for line in await client.events.stream_log():
            text: str = line.data
        # wrong from here on, one error a line
        wrong: str = await raw.parse()
        unawaited: Item = raw.parse()
        await client.with_raw_response.items.get(42)
        for chunk in streamed.aiter_bytes():
            pass
        with client.with_streaming_response.files.download("a"):
            pass
        for tick in await client.events.stream_ticks():
            pass
        count: str = event.data.n


asyncio.run(main())
"""
# (line, what the error names) of each wrong line
WRONG = [
    (24, '"Item"'),
    (25, "Coroutine"),
    (26, '"int"'),
    (27, "__iter__"),
    (29, "__enter__"),
    (31, "__iter__"),
    (33, '"int"'),
]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("async_typing")
    generate("errors_streams", path)
    return path


def errors(out: Path, source: str) -> list[str]:
    script = out / "usage_async.py"
    script.write_text(source.lstrip("\n"))
    done = mypy(script, packages=out / "errors_streams")
    return [line for line in done.stdout.splitlines() if ": error:" in line]


def test_each_wrong_line_is_an_error_and_the_rest_passes(out: Path) -> None:
    by_line: dict[int, str] = {}
    for error in errors(out, USAGE):
        line = int(error.split(":")[1])
        by_line[line] = by_line.get(line, "") + error
    assert sorted(by_line) == [line for line, _ in WRONG], by_line
    for line, named in WRONG:
        assert named in by_line[line], by_line[line]
