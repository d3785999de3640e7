from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .space_app_access_permissions_item import SpaceAppAccessPermissionsItem
    from .space_app_access_space import SpaceAppAccessSpace
    from .space_app_access_user import SpaceAppAccessUser


@dataclass(kw_only=True, slots=True)
class SpaceAppAccess:
    """Space access represents the permissions a particular user has on a particular space."""

    space: Optional[SpaceAppAccessSpace] = None
    """space user belongs to"""
    created_at: Optional[datetime] = None
    """when space was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of space

    Read-only: set by the server.
    """
    permissions: Optional[list[SpaceAppAccessPermissionsItem]] = None
    """user space permissions"""
    updated_at: Optional[datetime] = None
    """when space was updated

    Read-only: set by the server.
    """
    user: Optional[SpaceAppAccessUser] = None
    """identity of user account"""

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccess:
        data = _rt.expect_object(data)
        return cls(
            space=_rt.optional(data, "space", _models.SpaceAppAccessSpace.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            permissions=_rt.optional(
                data,
                "permissions",
                _rt.list_of(_models.SpaceAppAccessPermissionsItem.from_dict),
            ),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", _models.SpaceAppAccessUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.space is not None:
            data["space"] = self.space.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.permissions is not None:
            data["permissions"] = _rt.encode(self.permissions)
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data
