from __future__ import annotations

from .. import _runtime as _rt


class SpaceNatState(str, _rt.OpenEnum):
    """availability of network address translation for a space"""

    DISABLED = "disabled"
    UPDATING = "updating"
    ENABLED = "enabled"
