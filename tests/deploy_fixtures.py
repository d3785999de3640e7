"""Fixtures of the deploy suites (tests/e2e/test_deploy.py and
tests/e2e/safety/test_safety_deploy.py): a fake Platform API with one app, a
client pointed at it, and a small project to deploy.  Import them by name into
a test module; they replace conftest's fake-Heroku ``client`` there."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from fake_platform import DeployFake
from heroku_platform_api import Client


@pytest.fixture
def fake() -> Iterator[DeployFake]:
    with DeployFake() as server:
        server.create_app("deploy-me")
        yield server


@pytest.fixture
def client(fake: DeployFake) -> Iterator[Client]:
    with Client(token=fake.token, base_url=fake.url, backoff_factor=0) as api:
        yield api


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "app").mkdir(parents=True)
    (root / "app" / "main.py").write_text("print('hello')\n")
    (root / "Procfile").write_text("web: python app/main.py\n")
    return root
