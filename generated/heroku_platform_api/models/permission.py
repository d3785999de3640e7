from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class PermissionEntity:
    """An owned entity including users' permissions."""

    id: Optional[str] = None
    """ID of the entity.

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """Name of the entity.

    Read-only: set by the server.
    """
    team_id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    type: Optional[PermissionEntityType] = None
    """The type of object the entity is referring to.

    Read-only: set by the server.
    """
    users: Optional[list[PermissionEntityUsersItem]] = None
    """Users that have access to the entity."""

    @classmethod
    def from_dict(cls, data: Any) -> PermissionEntity:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            team_id=_rt.optional_str(data, "team_id"),
            type=_rt.optional(data, "type", PermissionEntityType.decode),
            users=_rt.optional(data, "users", _rt.list_of(PermissionEntityUsersItem.from_dict)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.team_id is not None:
            data["team_id"] = self.team_id
        if self.type is not None:
            data["type"] = self.type.value
        if self.users is not None:
            data["users"] = _rt.encode(self.users)
        return data


@dataclass(kw_only=True, slots=True)
class PermissionEntityUsersItem:
    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    permissions: Optional[list[str]] = None
    """enterprise account permissions"""

    @classmethod
    def from_dict(cls, data: Any) -> PermissionEntityUsersItem:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
            permissions=_rt.optional(data, "permissions", _rt.list_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        if self.permissions is not None:
            data["permissions"] = list(self.permissions)
        return data


class PermissionEntityType(str, _rt.OpenEnum):
    """The type of object the entity is referring to."""

    APP = "app"
    SPACE = "space"
