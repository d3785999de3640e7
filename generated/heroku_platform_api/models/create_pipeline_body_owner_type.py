from __future__ import annotations

from .. import _runtime as _rt


class CreatePipelineBodyOwnerType(str, _rt.OpenEnum):
    """Values of CreatePipelineBodyOwnerType."""

    USER = "user"
    TEAM = "team"
