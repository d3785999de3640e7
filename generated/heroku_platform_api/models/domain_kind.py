from __future__ import annotations

from .. import _runtime as _rt


class DomainKind(str, _rt.OpenEnum):
    """Values of DomainKind."""

    HEROKU = "heroku"
    CUSTOM = "custom"
