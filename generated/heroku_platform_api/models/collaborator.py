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
class Collaborator:
    """A collaborator represents an account that has been given access to an app on Heroku."""

    app: CollaboratorApp
    """app collaborator belongs to"""
    created_at: datetime
    """when collaborator was created

    Read-only: set by the server.
    """
    id: str
    """unique identifier of collaborator

    Read-only: set by the server.
    """
    permissions: Optional[list[TeamAppPermission]] = None
    role: Optional[TeamRole] = None
    """role in the team

    Read-only: set by the server.
    """
    updated_at: datetime
    """when collaborator was updated

    Read-only: set by the server.
    """
    user: CollaboratorUser
    """identity of collaborated account"""

    @classmethod
    def from_dict(cls, data: Any) -> Collaborator:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.required(data, "app", _models.CollaboratorApp.from_dict),
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            id=_rt.required(data, "id", _rt.as_str),
            permissions=_rt.optional(
                data,
                "permissions",
                _rt.list_of(_models.TeamAppPermission.from_dict),
            ),
            role=_rt.optional(data, "role", _models.TeamRole.decode),
            updated_at=_rt.required(data, "updated_at", _rt.as_datetime),
            user=_rt.required(data, "user", _models.CollaboratorUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["app"] = self.app.to_dict()
        data["created_at"] = self.created_at.isoformat()
        data["id"] = self.id
        if self.permissions is not None:
            data["permissions"] = _rt.encode(self.permissions)
        if self.role is not None:
            data["role"] = self.role.value
        data["updated_at"] = self.updated_at.isoformat()
        data["user"] = self.user.to_dict()
        return data
