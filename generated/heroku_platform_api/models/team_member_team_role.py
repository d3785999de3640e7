from __future__ import annotations

from .. import _runtime as _rt


class TeamMemberTeamRole(str, _rt.OpenEnum):
    """role in the team"""

    ADMIN = "admin"
    VIEWER = "viewer"
    MEMBER = "member"
