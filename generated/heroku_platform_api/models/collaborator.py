from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_build_stack import AppBuildStack
    from .app_owner import AppOwner
    from .collaborator_role import CollaboratorRole


@dataclass(kw_only=True, slots=True)
class Collaborator:
    id: Optional[str] = None
    user: Optional[AppOwner] = None
    permissions: Optional[list[str]] = None
    role: Optional[CollaboratorRole] = None
    app: Optional[AppBuildStack] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Collaborator:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            user=_rt.optional(data, "user", _models.AppOwner.from_dict),
            permissions=_rt.optional(data, "permissions", _rt.list_of(_rt.as_str)),
            role=_rt.optional(data, "role", _models.CollaboratorRole.decode),
            app=_rt.optional(data, "app", _models.AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.permissions is not None:
            data["permissions"] = list(self.permissions)
        if self.role is not None:
            data["role"] = self.role.value
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
