from __future__ import annotations

from .. import _runtime as _rt


class PipelineOwnerType(str, _rt.OpenEnum):
    USER = "user"
    TEAM = "team"
