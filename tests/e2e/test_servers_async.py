"""The servers suite (``test_servers.py``: server variables, path- and
operation-level servers, the base URL variable, relative URLs) run against
``AsyncClient``: every client the tests build is the package's ``AsyncClient``,
driven by ``async_driver.Driven``, against the same loopback servers."""

from __future__ import annotations

import inspect
from pathlib import Path
from types import ModuleType
from typing import Any, Optional

import pytest
import test_servers as sync_suite
from async_driver import Driven
from test_servers import serve  # noqa: F401  (the suite's loopback-server fixture)

NOT_FOR_ASYNC = {
    "test_mypy_checks_server_variable_values": "type-checks Client's keywords (AsyncClient's "
    "come from the same macro: see test_async_drift.py)",
}


class DrivenClass:
    """Stands for ``AsyncClient``: calling it builds a driven one; its class
    attributes and signature are ``AsyncClient``'s."""

    def __init__(self, async_client: type) -> None:
        self._class = async_client
        self.__signature__ = inspect.signature(async_client)

    def __call__(self, *args: Any, **kwargs: Any) -> Driven:
        return Driven(self._class, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._class, name)


class AsyncPackage:
    """A generated package whose ``Client`` is its ``AsyncClient``, driven."""

    def __init__(self, package: ModuleType) -> None:
        self._package = package
        self.Client = DrivenClass(package.AsyncClient)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._package, name)


def generate_async(
    spec: Path, out: Path, package: str, config: Optional[dict[str, Any]] = None
) -> Any:
    return AsyncPackage(sync_generate(spec, out, package, config))


sync_generate = sync_suite.generate


@pytest.fixture(autouse=True)
def _every_client_is_async(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_suite, "generate", generate_async)


@pytest.fixture(scope="module")
def loopback(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("servers-async")
    spec = sync_suite.write_spec(root / "loopback.yaml", sync_suite.LOOPBACK)
    return AsyncPackage(sync_generate(spec, root / "out", "srv_loopback"))


for _name in dir(sync_suite):
    if _name.startswith("test_") and _name not in NOT_FOR_ASYNC:
        globals()[_name] = getattr(sync_suite, _name)
