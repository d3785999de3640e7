"""The client transport safety suite (``test_safety_client.py``: credentials
only to the API's host, redaction, deadline, size cap, Retry-After clamping)
run against ``AsyncClient``: the same test bodies against the same local
servers, every client they build being an ``AsyncClient`` driven by
``async_driver.Driven``.  Tests of requests' own machinery are listed with
the reason they do not apply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import test_safety_client as sync_suite
from async_driver import Driven
from test_safety_client import serve  # noqa: F401  (the suite's local-server fixture)

from heroku_platform_api import AsyncClient

NOT_FOR_ASYNC = {
    "test_query_secrets_stay_out_of_a_library_message_that_quotes_the_url": (
        "requests' InvalidSchema quotes the URL; httpx's UnsupportedProtocol does not"
    ),
}


def driven(*args: Any, **kwargs: Any) -> Driven:
    return Driven(AsyncClient, *args, **kwargs)


@pytest.fixture(autouse=True)
def _every_client_is_async(monkeypatch: pytest.MonkeyPatch, isolated_env: Path) -> None:
    """``Client(...)`` in the sync suite's helpers and tests builds a driven AsyncClient."""
    monkeypatch.setattr(sync_suite, "Client", driven)


for _name in dir(sync_suite):
    if _name.startswith("test_") and _name not in NOT_FOR_ASYNC:
        globals()[_name] = getattr(sync_suite, _name)
