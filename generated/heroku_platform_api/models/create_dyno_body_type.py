from __future__ import annotations

from .. import _runtime as _rt


class CreateDynoBodyType(str, _rt.OpenEnum):
    """Values of CreateDynoBodyType."""

    RUN = "run"
    SHIELD = "shield"
