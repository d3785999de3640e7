from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .permission_entity_type import PermissionEntityType
    from .permission_entity_users_item import PermissionEntityUsersItem


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
            type=_rt.optional(data, "type", _models.PermissionEntityType.decode),
            users=_rt.optional(
                data,
                "users",
                _rt.list_of(_models.PermissionEntityUsersItem.from_dict),
            ),
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
