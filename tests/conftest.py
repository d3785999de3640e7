"""Shared fixtures: the generated package on ``sys.path``, a running fake Heroku
API, a client pointed at it, and an environment without real credentials."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pytest

GENERATED_DIR = Path(__file__).resolve().parents[1] / "generated"
if str(GENERATED_DIR) not in sys.path:
    sys.path.insert(0, str(GENERATED_DIR))

from fake_heroku import FakeHeroku  # noqa: E402

if TYPE_CHECKING:
    from heroku_platform_api import Client


@pytest.fixture
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No $HEROKU_API_KEY, $NETRC pointing at a file that does not exist yet and
    HOME in a temp folder, so no real credential is ever picked up.  Returns the
    $NETRC path (write it to provide a netrc)."""
    home = tmp_path / "home"
    home.mkdir()
    netrc_path = tmp_path / "netrc"
    monkeypatch.delenv("HEROKU_API_KEY", raising=False)
    monkeypatch.setenv("NETRC", str(netrc_path))
    monkeypatch.setenv("HOME", str(home))
    return netrc_path


@pytest.fixture
def fake_heroku() -> Iterator[FakeHeroku]:
    with FakeHeroku() as fake:
        yield fake


@pytest.fixture
def client(fake_heroku: FakeHeroku, isolated_env: Path) -> Iterator["Client"]:
    from heroku_platform_api import Client

    with Client(token=fake_heroku.token, base_url=fake_heroku.url, backoff_factor=0) as c:
        yield c
