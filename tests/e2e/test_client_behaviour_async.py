"""The client behaviour suite (``test_client_behaviour.py``) run against
``AsyncClient``: the same test bodies, the same fake Heroku API on 127.0.0.1,
with every client they build being an ``AsyncClient`` driven by
``async_driver.Driven`` (each call awaited on its own event loop).  The few
tests that are about the sync transport itself are listed with the reason
they do not apply."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest
import test_client_behaviour as sync_suite
from async_driver import Driven
from fake_heroku import FakeHeroku

from heroku_platform_api import AsyncClient

# Tests of the requests transport or of the sync client's own import, with
# their async counterparts in test_async_client.py.
NOT_FOR_ASYNC = {
    "test_one_client_shared_by_threads": "threads; see test_100_concurrent_calls_share_one_client",
    "test_package_import_leaves_requests_to_the_first_client": "see test_import_leaves_httpx_to_the_first_async_client",
    "test_first_clients_built_at_once_load_requests_once": "requests' lazy import under threads",
}


def driven(*args: Any, **kwargs: Any) -> Driven:
    return Driven(AsyncClient, *args, **kwargs)


@pytest.fixture(autouse=True)
def _no_real_credentials(isolated_env: Path) -> None:
    """Every test here runs without $HEROKU_API_KEY and with a temp HOME/$NETRC."""


@pytest.fixture(autouse=True)
def _every_client_is_async(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Client(...)`` in the sync suite's helpers and tests builds a driven AsyncClient."""
    monkeypatch.setattr(sync_suite, "Client", driven)


@pytest.fixture
def client(fake_heroku: FakeHeroku, isolated_env: Path) -> Iterator[Driven]:
    with driven(token=fake_heroku.token, base_url=fake_heroku.url, backoff_factor=0) as c:
        yield c


for _name in dir(sync_suite):
    if _name.startswith("test_") and _name not in NOT_FOR_ASYNC:
        globals()[_name] = getattr(sync_suite, _name)
