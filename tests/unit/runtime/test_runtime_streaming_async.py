"""The body-reading suite of the runtime source (``test_runtime_streaming.py``:
the size cap with and without a declared length, a body exactly at the cap,
the limits checked) run against ``AsyncBaseClient``: the same tests and local
servers, each client an ``AsyncBaseClient`` driven by ``async_driver``."""

from __future__ import annotations

import _runtime as rt
import pytest
import test_runtime_streaming as sync_suite
from async_driver import Driven, mirror


@pytest.fixture(autouse=True)
def _every_client_is_async(monkeypatch: pytest.MonkeyPatch) -> None:
    """``rt.BaseClient(...)`` in the sync suite builds a driven ``AsyncBaseClient``."""
    monkeypatch.setattr(
        rt, "BaseClient", lambda *args, **kwargs: Driven(rt.AsyncBaseClient, *args, **kwargs)
    )


mirror(globals(), sync_suite)
