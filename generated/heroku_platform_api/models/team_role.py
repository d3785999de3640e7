from __future__ import annotations

from .. import _runtime as _rt


class TeamRole(str, _rt.OpenEnum):
    """role in the team"""

    ADMIN = "admin"
    COLLABORATOR = "collaborator"
    MEMBER = "member"
    OWNER = "owner"
