from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .team import TeamAppPermission, TeamRole


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
            app=_rt.required(data, "app", CollaboratorApp.from_dict),
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            id=_rt.required(data, "id", _rt.as_str),
            permissions=_rt.optional(
                data,
                "permissions",
                _rt.list_of(_models.TeamAppPermission.from_dict),
            ),
            role=_rt.optional(data, "role", _models.TeamRole.decode),
            updated_at=_rt.required(data, "updated_at", _rt.as_datetime),
            user=_rt.required(data, "user", CollaboratorUser.from_dict),
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


@dataclass(kw_only=True, slots=True)
class CollaboratorApp:
    """app collaborator belongs to"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> CollaboratorApp:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class CollaboratorUser:
    """identity of collaborated account"""

    email: Optional[str] = None
    """unique email address of account"""
    federated: Optional[bool] = None
    """whether the user is federated and belongs to an Identity Provider

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> CollaboratorUser:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            federated=_rt.optional_bool(data, "federated"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.federated is not None:
            data["federated"] = self.federated
        if self.id is not None:
            data["id"] = self.id
        return data
