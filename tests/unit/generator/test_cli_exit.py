"""The console script ends with ``os._exit`` and without the cycle collector
(``generator.cli.run``): nothing it prints or writes may be lost on the way."""

from __future__ import annotations

import gc
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import cli
from helpers import ROOT, minimal_spec, write_spec


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m generator`` with block-buffered pipes, as a user's shell gives it
    (this environment may set PYTHONUNBUFFERED, which would hide a missing flush)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _spec(tmp_path: Path) -> Path:
    paths = {
        "/pets": {
            "get": {
                "operationId": "listPets",
                "responses": {"200": {"description": "ok"}},
            }
        }
    }
    return write_spec(tmp_path / "api.json", minimal_spec(paths))


def test_piped_output_and_files_survive_the_hard_exit(tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    done = run_cli("generate", str(_spec(tmp_path)), "--out", str(out), "--report", str(report))
    assert done.returncode == 0, done.stderr
    # stdout is a pipe here, so block-buffered: the summary is only there if run() flushed it
    assert done.stdout.startswith("operations: 1 generated, 0 degraded")
    assert (out / ".openapi-pygen.json").is_file()
    assert json.loads(report.read_text())["summary"]["generated"] == 1


def test_a_stale_check_prints_its_whole_diff(tmp_path: Path) -> None:
    out = tmp_path / "out"
    spec = _spec(tmp_path)
    assert run_cli("generate", str(spec), "--out", str(out), "-q").returncode == 0
    client = next(out.rglob("client.py"))
    client.write_text(client.read_text() + "# edited\n")
    done = run_cli("generate", str(spec), "--out", str(out), "--check")
    assert done.returncode == cli.EXIT_DIFFERS
    assert "-# edited" in done.stdout.splitlines()
    assert done.stdout.endswith("\n")


def test_usage_errors_still_leave_through_argparse(tmp_path: Path) -> None:
    done = run_cli("generate", str(_spec(tmp_path)))  # no --out
    assert done.returncode == cli.EXIT_INPUT
    assert "--out" in done.stderr


class _Exited(Exception):
    def __init__(self, status: int) -> None:
        self.status = status


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, bool]]:
    """os._exit replaced by a record of (status, collector on) and an exception."""
    seen: list[tuple[int, bool]] = []

    def fake_exit(status: int) -> Any:
        seen.append((status, gc.isenabled()))
        raise _Exited(status)

    monkeypatch.setattr(cli.os, "_exit", fake_exit)
    yield seen
    gc.enable()


def test_run_keeps_the_collector_off_to_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exits: list[tuple[int, bool]]
) -> None:
    argv = ["openapi-pygen", "generate", str(_spec(tmp_path)), "--out", str(tmp_path / "o"), "-q"]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(_Exited):
        cli.run()
    assert exits == [(0, False)]
    assert (tmp_path / "o" / ".openapi-pygen.json").is_file()


class _ClosedPipe(io.StringIO):
    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_stdout_is_not_a_success(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exits: list[tuple[int, bool]]
) -> None:
    argv = ["openapi-pygen", "generate", str(_spec(tmp_path)), "--out", str(tmp_path / "o")]
    monkeypatch.setattr(sys, "argv", argv)
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    with pytest.raises(_Exited):
        cli.run()
    assert exits == [(120, False)]
