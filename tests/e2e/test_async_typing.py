"""A usage script for each client (tests/fixtures/usage/) passes ``mypy --strict``
against the committed Heroku package (``assert_type`` pins what each call
returns: ``App``, ``RangePages[App]`` / ``AsyncRangePages[App]``, ``Page[App]``),
and both scripts, run against the fake API, print the same thing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fake_heroku import FakeHeroku
from helpers import GENERATED, ROOT

USAGE = ROOT / "tests" / "fixtures" / "usage"
SCRIPTS = ["heroku_sync.py", "heroku_async.py"]


def mypy(*paths: Path, packages: Path = GENERATED) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` on ``paths``, importing the generated packages in ``packages``."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / ".mypy_cache")]
        + [str(p) for p in paths],
        env={"MYPYPATH": str(packages), "PATH": "/usr/bin:/bin"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_usage_scripts_pass_mypy_strict() -> None:
    done = mypy(*(USAGE / name for name in SCRIPTS))
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_catches_a_forgotten_await_and_a_sync_loop(tmp_path: Path) -> None:
    """The check can fail: the async script with an ``await`` left out, and
    with a plain ``for`` over async pages, are type errors."""
    source = (USAGE / "heroku_async.py").read_text()
    forgot = tmp_path / "forgot_await.py"
    forgot.write_text(source.replace("await client.apps.info(app.id)", "client.apps.info(app.id)"))
    sync_loop = tmp_path / "sync_loop.py"
    sync_loop.write_text(source.replace("async for each in listing", "for each in listing"))
    for broken in (forgot, sync_loop):
        assert broken.read_text() != source
        done = mypy(broken)
        assert done.returncode == 1, broken.name
        assert "error:" in done.stdout


@pytest.mark.parametrize("name", SCRIPTS)
def test_usage_scripts_run(name: str, isolated_env: Path) -> None:
    with FakeHeroku() as fake:
        done = subprocess.run(
            [sys.executable, str(USAGE / name), fake.url, fake.token],
            env={"PYTHONPATH": str(GENERATED), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines == ["usage-app", "404 not_found", "usage-app", "1", "RAILS_ENV"]
