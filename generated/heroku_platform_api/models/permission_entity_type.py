from __future__ import annotations

from .. import _runtime as _rt


class PermissionEntityType(str, _rt.OpenEnum):
    """The type of object the entity is referring to."""

    APP = "app"
    SPACE = "space"
