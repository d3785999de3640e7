from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .collaborator_app import CollaboratorApp
    from .collaborator_user import CollaboratorUser
    from .team_app_permission import TeamAppPermission
    from .team_role import TeamRole


@dataclass(kw_only=True, slots=True)
class TeamAppCollaborator:
    """A team collaborator represents an account that has been given access to a team app on Heroku."""

    app: Optional[CollaboratorApp] = None
    """app collaborator belongs to"""
    created_at: Optional[datetime] = None
    """when collaborator was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of collaborator

    Read-only: set by the server.
    """
    permissions: Optional[list[TeamAppPermission]] = None
    """array of permissions for the collaborator (only applicable if the app is on a team)"""
    role: Optional[TeamRole] = None
    """role in the team

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when collaborator was updated

    Read-only: set by the server.
    """
    user: Optional[CollaboratorUser] = None
    """identity of collaborated account"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppCollaborator:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", _models.CollaboratorApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            permissions=_rt.optional(
                data,
                "permissions",
                _rt.list_of(_models.TeamAppPermission.from_dict),
            ),
            role=_rt.optional(data, "role", _models.TeamRole.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", _models.CollaboratorUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.permissions is not None:
            data["permissions"] = _rt.encode(self.permissions)
        if self.role is not None:
            data["role"] = self.role.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data
