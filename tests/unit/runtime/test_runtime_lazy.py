"""The runtime's lazy names (models/__init__'s PEP 562 hooks) and the client's
per-group cache, on the runtime source: a class is imported on first use only,
then found in the package's namespace; an unknown name is an AttributeError."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Iterator

import _runtime as rt
import pytest


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[types.ModuleType]:
    """A package ``lazy_pkg`` whose ``__init__`` is the generated models' in miniature."""
    root = tmp_path / "lazy_pkg"
    root.mkdir()
    (root / "__init__.py").write_text(
        "import _runtime as _rt\n"
        "_MODULES = {'Alpha': 'alpha', 'Beta': 'beta'}\n"
        "__getattr__, __dir__ = _rt.lazy_names(__name__, _MODULES)\n"
    )
    (root / "alpha.py").write_text("class Alpha:\n    pass\n")
    (root / "beta.py").write_text("class Beta:\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import lazy_pkg  # type: ignore[import-not-found]

    yield lazy_pkg
    for name in [n for n in sys.modules if n == "lazy_pkg" or n.startswith("lazy_pkg.")]:
        del sys.modules[name]


def test_a_class_is_imported_on_first_use_only(package: types.ModuleType) -> None:
    assert "lazy_pkg.alpha" not in sys.modules and "lazy_pkg.beta" not in sys.modules
    from lazy_pkg import Alpha  # type: ignore[import-not-found]

    assert "lazy_pkg.alpha" in sys.modules and "lazy_pkg.beta" not in sys.modules
    assert Alpha.__module__ == "lazy_pkg.alpha"
    # Cached in the package's namespace: the next lookup never reaches __getattr__.
    assert vars(package)["Alpha"] is Alpha and package.Alpha is Alpha


def test_unknown_names_and_dir(package: types.ModuleType) -> None:
    with pytest.raises(AttributeError, match="lazy_pkg.*has no attribute 'Gamma'"):
        package.Gamma
    assert {"Alpha", "Beta"} <= set(dir(package))
    assert "lazy_pkg.beta" not in sys.modules  # dir() lists names without importing them


def test_client_groups_are_made_once_per_client() -> None:
    made: list[object] = []

    class Group:
        def __init__(self, client: rt.BaseClient) -> None:
            self.client = client
            made.append(self)

    first, second = rt.BaseClient(token="t"), rt.BaseClient(token="t")
    assert first._resource(Group) is first._resource(Group)
    assert second._resource(Group) is not first._resource(Group)
    assert len(made) == 2 and first._resource(Group).client is first
