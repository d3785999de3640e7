"""The paging suite (``test_paging.py``: every strategy, resuming, a repeated
token, an empty last page, a next URL on another origin) run against
``AsyncClient``: the same listings through the package's ``AsyncClient``,
driven by ``async_driver.Driven``, against the same paging server."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
import test_paging as sync_suite
from async_driver import Driven
from test_paging import package  # noqa: F401  (the suite's generated package)

NOT_FOR_ASYNC = {
    "test_x_pagination_false_leaves_an_operation_unpaged": "about the binding, not a client",
    "test_the_cli_pages_with_the_same_strategies": "the CLI runs the sync client",
}


def async_client_for(package: ModuleType, server: Any) -> Driven:  # noqa: F811
    return Driven(package.AsyncClient, sync_suite.TOKEN, base_url=server.url, retries=0)


@pytest.fixture(autouse=True)
def _every_client_is_async(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_suite, "client_for", async_client_for)


for _name in dir(sync_suite):
    if _name.startswith("test_") and _name not in NOT_FOR_ASYNC:
        globals()[_name] = getattr(sync_suite, _name)
