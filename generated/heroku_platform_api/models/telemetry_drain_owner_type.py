from __future__ import annotations

from .. import _runtime as _rt


class TelemetryDrainOwnerType(str, _rt.OpenEnum):
    """type of owner"""

    APP = "app"
    SPACE = "space"
