from __future__ import annotations

from .. import _runtime as _rt


class AccountSelf(str, _rt.OpenEnum):
    """Implicit reference to currently authorized user"""

    VALUE = "~"
