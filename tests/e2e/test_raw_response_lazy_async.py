"""The lazy raw-response suite (``test_raw_response_lazy.py``: nothing decoded
until ``parse()``) run against ``AsyncClient``: the same tests and loopback
server, every client an ``AsyncClient`` driven by ``async_driver``
(``await raw.parse()`` raising the ``DecodeError``)."""

from __future__ import annotations

import pytest
import test_raw_response_lazy as sync_suite
from async_driver import AsyncFace, mirror
from test_raw_response_lazy import server  # noqa: F401  (the suite's fixture)

import heroku_platform_api


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> AsyncFace:
    return AsyncFace(sync_suite.generate("errors_streams", tmp_path_factory.mktemp("raw_lazy")))


@pytest.fixture(autouse=True)
def _heroku_client_is_async(monkeypatch: pytest.MonkeyPatch) -> None:
    """``heroku.Client(...)`` in the Range-paged test builds a driven AsyncClient."""
    monkeypatch.setattr(heroku_platform_api, "Client", AsyncFace(heroku_platform_api).Client)


mirror(globals(), sync_suite)
