from __future__ import annotations

from .. import _runtime as _rt


class TeamInvitationCreateBodyRole(str, _rt.OpenEnum):
    """role in the team"""

    ADMIN = "admin"
    COLLABORATOR = "collaborator"
    MEMBER = "member"
    OWNER = "owner"
