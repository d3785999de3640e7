from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .team_invitation_invited_by import TeamInvitationInvitedBy
    from .team_invitation_team import TeamInvitationTeam
    from .team_role import TeamRole


@dataclass(kw_only=True, slots=True)
class TeamInvitation:
    """A team invitation represents an invite to a team."""

    created_at: Optional[datetime] = None
    """when invitation was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of an invitation

    Read-only: set by the server.
    """
    invited_by: Optional[TeamInvitationInvitedBy] = None
    team: Optional[TeamInvitationTeam] = None
    role: Optional[TeamRole] = None
    """role in the team

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when invitation was updated

    Read-only: set by the server.
    """
    user: Optional[TeamInvitationInvitedBy] = None

    @classmethod
    def from_dict(cls, data: Any) -> TeamInvitation:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            invited_by=_rt.optional(data, "invited_by", _models.TeamInvitationInvitedBy.from_dict),
            team=_rt.optional(data, "team", _models.TeamInvitationTeam.from_dict),
            role=_rt.optional(data, "role", _models.TeamRole.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", _models.TeamInvitationInvitedBy.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.invited_by is not None:
            data["invited_by"] = self.invited_by.to_dict()
        if self.team is not None:
            data["team"] = self.team.to_dict()
        if self.role is not None:
            data["role"] = self.role.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data
