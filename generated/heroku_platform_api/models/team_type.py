from __future__ import annotations

from .. import _runtime as _rt


class TeamType(str, _rt.OpenEnum):
    """type of team."""

    ENTERPRISE = "enterprise"
    TEAM = "team"
