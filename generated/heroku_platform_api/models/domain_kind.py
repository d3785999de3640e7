from __future__ import annotations

from .. import _runtime as _rt


class DomainKind(str, _rt.OpenEnum):
    """type of domain name"""

    HEROKU = "heroku"
    CUSTOM = "custom"
