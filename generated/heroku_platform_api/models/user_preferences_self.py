from __future__ import annotations

from .. import _runtime as _rt


class UserPreferencesSelf(str, _rt.OpenEnum):
    """Implicit reference to currently authorized user"""

    VALUE = "~"
