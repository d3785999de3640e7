"""Names a package resolves on first use (PEP 562), so that importing a client
costs the same however many models its API has.

The generated ``models`` package lists which module defines each class and
hands that table to :func:`lazy_names`; ``from package.models import App``
then imports ``package/models/app.py`` alone, and the class is stored in the
package's namespace so later lookups never come back here.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any, Callable, Mapping


def lazy_names(
    package: str, modules: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of package ``package`` (its
    ``__name__``), where ``modules`` maps each class name to the submodule
    defining it."""

    def __getattr__(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(modules))

    return __getattr__, __dir__
