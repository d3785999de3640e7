"""Staging the output: threads only on a slow filesystem, all or nothing either way."""

from __future__ import annotations

import errno
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from generator import output
from generator.errors import GeneratorError

FILES = {f"pkg/models/m{i:03}.py": f"X = {i}\n" for i in range(200)}
FILES |= {"pkg/__init__.py": "", "pkg/api/tag.py": "Y = 1\n", "pyproject.toml": "[x]\n"}


def _recording_open(monkeypatch: pytest.MonkeyPatch, fail_at: int = 0) -> list[str]:
    """Record the thread of every file the stage creates, slowly off the main
    thread; fail from the ``fail_at``-th creation on (0: never)."""
    threads: list[str] = []
    lock = threading.Lock()

    def recording_open(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "x" in mode:
            if threading.current_thread() is not threading.main_thread():
                time.sleep(0.005)  # a slow disk: writes are still in flight when one fails
            with lock:
                threads.append(threading.current_thread().name)
                count = len(threads)
            if fail_at and count >= fail_at:
                raise OSError(errno.ENOSPC, "No space left on device")
        return open(path, mode, *args, **kwargs)

    monkeypatch.setattr(output, "open", recording_open, raising=False)
    return threads


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): p.read_text() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("slow", [True, False])
def test_every_file_is_written_whichever_way(
    slow: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A slow filesystem is one where the first batch takes longer than the bound.
    monkeypatch.setattr(output, "_SLOW_BATCH_SECONDS", 0.0 if slow else 3600.0)
    threads = _recording_open(monkeypatch)
    output.write_tree(tmp_path / "out", FILES)
    assert _tree(tmp_path / "out") == output.with_manifest(FILES)
    staged_by_threads = {name for name in threads if name.startswith("openapi-pygen-stage")}
    assert bool(staged_by_threads) is slow
    first_batch = threads[: output._BATCH]
    assert set(first_batch) == {threading.current_thread().name}


def test_a_failed_threaded_write_leaves_nothing_and_stops_every_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output, "_SLOW_BATCH_SECONDS", 0.0)
    threads = _recording_open(monkeypatch, fail_at=output._BATCH + 40)
    with pytest.raises(GeneratorError, match="No space left on device.*nothing was written"):
        output.write_tree(tmp_path / "out", FILES)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no output, no stage left
    # Every thread had stopped when write_tree raised: nothing is created later.
    assert not [t for t in threading.enumerate() if t.name.startswith("openapi-pygen-stage")]
    tried = len(threads)
    time.sleep(0.1)
    assert len(threads) == tried


def test_a_failed_threaded_write_keeps_the_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    output.write_tree(out, FILES)
    before = _tree(out)
    monkeypatch.setattr(output, "_SLOW_BATCH_SECONDS", 0.0)
    _recording_open(monkeypatch, fail_at=output._BATCH + 40)
    changed = {rel: text + "# changed\n" for rel, text in FILES.items()}
    with pytest.raises(GeneratorError, match="previous output is unchanged"):
        output.write_tree(out, changed)
    assert _tree(out) == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".openapi-pygen-work-")] == []
