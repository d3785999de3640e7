from __future__ import annotations

from .. import _runtime as _rt


class DynoState(str, _rt.OpenEnum):
    CRASHED = "crashed"
    DOWN = "down"
    IDLE = "idle"
    STARTING = "starting"
    UP = "up"
