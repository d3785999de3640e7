from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_build_stack import AppBuildStack
    from .app_owner import AppOwner
    from .release_slug import ReleaseSlug
    from .release_status import ReleaseStatus


@dataclass(kw_only=True, slots=True)
class Release:
    id: Optional[str] = None
    version: Optional[int] = None
    description: Optional[str] = None
    status: Optional[ReleaseStatus] = None
    current: Optional[bool] = None
    addon_plan_names: Optional[list[str]] = None
    slug: Optional[ReleaseSlug] = None
    user: Optional[AppOwner] = None
    app: Optional[AppBuildStack] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Release:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            version=_rt.optional_int(data, "version"),
            description=_rt.optional_str(data, "description"),
            status=_rt.optional(data, "status", _models.ReleaseStatus.decode),
            current=_rt.optional_bool(data, "current"),
            addon_plan_names=_rt.optional(data, "addon_plan_names", _rt.list_of(_rt.as_str)),
            slug=_rt.optional(data, "slug", _models.ReleaseSlug.from_dict),
            user=_rt.optional(data, "user", _models.AppOwner.from_dict),
            app=_rt.optional(data, "app", _models.AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.version is not None:
            data["version"] = self.version
        if self.description is not None:
            data["description"] = self.description
        if self.status is not None:
            data["status"] = self.status.value
        if self.current is not None:
            data["current"] = self.current
        if self.addon_plan_names is not None:
            data["addon_plan_names"] = list(self.addon_plan_names)
        if self.slug is not None:
            data["slug"] = self.slug.to_dict()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
