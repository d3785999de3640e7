"""The Markdown reference shows an event-stream operation as it is used: the
sync example iterates the events (``for event in ...``), the async one awaits
the stream and iterates it with ``async for``; every example on the page
passes ``mypy --strict`` against the generated package of the same document."""

from __future__ import annotations

import re
from pathlib import Path

from responses_helpers import FEATURES
from test_async_typing import mypy

from generator import cli

BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def test_event_stream_examples_iterate_and_type_check(tmp_path: Path) -> None:
    spec = str(FEATURES / "errors_streams.yaml")
    for target, folder in (("python", "py"), ("markdown", "md")):
        assert (
            cli.main(["generate", spec, "--target", target, "--out", str(tmp_path / folder)]) == 0
        )
    page = (tmp_path / "md" / "docs" / "events.md").read_text()
    blocks = BLOCK.findall(page)
    assert len(blocks) == 4  # stream_ticks and stream_log, each sync and async
    assert "for event in client.events.stream_ticks():\n    print(event.data)" in blocks[0]
    assert "async for event in await client.events.stream_ticks():" in blocks[1]
    scripts = []
    for number, block in enumerate(blocks):
        scripts.append(tmp_path / f"example_{number}.py")
        scripts[-1].write_text(block)
    done = mypy(*scripts, packages=tmp_path / "py")
    assert done.returncode == 0, done.stdout + done.stderr
